package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** EXIT-03: A data migration method at the end of the service is stated (§2ウ). */
final class Exit03MigrationMethodStated implements Rule {

    @Override
    public String id() {
        return "EXIT-03";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.serviceFact("continuity.migrationMethodStated", c.service().continuity().migrationMethodStated());
    }
}
