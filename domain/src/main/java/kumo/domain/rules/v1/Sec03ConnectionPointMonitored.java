package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SEC-03: Communication at the internet–cloud connection point is monitored (§2エ). */
final class Sec03ConnectionPointMonitored implements Rule {

    @Override
    public String id() {
        return "SEC-03";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("security.connectionPointMonitored", c.service().security().connectionPointMonitored());
    }
}
