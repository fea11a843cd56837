package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** LAW-02: Japanese law can be made the governing law (§2イ, 別紙). */
final class Law02GoverningLawJapan implements Rule {

    @Override
    public String id() {
        return "LAW-02";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("service.governingLawJapan", c.service().governingLawJapan());
    }
}
