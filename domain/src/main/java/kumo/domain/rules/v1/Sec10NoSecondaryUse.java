package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SEC-10: The provider declares no use of the city's information beyond the service (別紙). */
final class Sec10NoSecondaryUse implements Rule {

    @Override
    public String id() {
        return "SEC-10";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("security.noSecondaryUseDeclared", c.service().security().noSecondaryUseDeclared());
    }
}
