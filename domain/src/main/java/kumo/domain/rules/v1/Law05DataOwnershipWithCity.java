package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** LAW-05: Ownership and control of the data stay with the city (別紙). */
final class Law05DataOwnershipWithCity implements Rule {

    @Override
    public String id() {
        return "LAW-05";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("service.dataOwnershipWithCity", c.service().dataOwnershipWithCity());
    }
}
