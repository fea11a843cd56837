package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** LAW-04: Places of performance are disclosed with evidence (別紙). */
final class Law04PlacesOfPerformanceDisclosed implements Rule {

    @Override
    public String id() {
        return "LAW-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("service.performancePlacesDisclosed", c.service().performancePlacesDisclosed());
    }
}
