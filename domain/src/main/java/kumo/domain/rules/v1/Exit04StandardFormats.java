package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** EXIT-04: Standardised data formats and interfaces (§2ウ 望ましい). */
final class Exit04StandardFormats implements Rule {

    @Override
    public String id() {
        return "EXIT-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("continuity.standardFormats", c.service().continuity().standardFormats());
    }
}
