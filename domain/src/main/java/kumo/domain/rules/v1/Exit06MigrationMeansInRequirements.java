package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** EXIT-06: The means of future migration is in the system's requirements from the start (§4(5)). YES → MET, NO → NOT_MET, not recorded → PENDING. */
final class Exit06MigrationMeansInRequirements implements Rule {

    @Override
    public String id() {
        return "EXIT-06";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.decision("plan.migrationMeansInRequirements", c.plan().migrationMeansInRequirements(), c.date());
    }
}
