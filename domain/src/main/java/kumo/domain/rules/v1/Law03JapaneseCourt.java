package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** LAW-03: A Japanese court has or can be given jurisdiction (§4(2), 別紙). */
final class Law03JapaneseCourt implements Rule {

    @Override
    public String id() {
        return "LAW-03";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("service.jurisdictionJapan", c.service().jurisdictionJapan());
    }
}
