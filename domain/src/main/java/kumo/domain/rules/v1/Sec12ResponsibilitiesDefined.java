package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SEC-12: Management boundaries and responsibilities are clear (別紙). */
final class Sec12ResponsibilitiesDefined implements Rule {

    @Override
    public String id() {
        return "SEC-12";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("security.responsibilitiesDefined", c.service().security().responsibilitiesDefined());
    }
}
