package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.ContractorChange;

/**
 * PROC-04: when the contractor changes during operation, the security requirements that must be
 * inherited are confirmed, before the change, to be kept or improved by the new contractor (§2エ).
 */
final class Proc04ContractorChange implements Rule {

    @Override
    public String id() {
        return "PROC-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        ContractorChange change = c.plan().contractorChange();
        RuleResult.Builder r = RuleResult.builder()
                .fact("plan.contractorChange", change.changing())
                .fact("plan.previousProvider", change.previousProvider());
        if (change.changing() == null) {
            // whether it applies at all comes first: asking for the check's record would presume a change
            return r.ask("PROC-04.question").unknown("reason.fact.unknown", "@fact.plan.contractorChange");
        }
        if (!change.changing()) {
            return r.notApplicable("PROC-04.noChange");
        }
        return Checks.decision(r, "plan.inheritedRequirementsConfirmed", change.inheritedRequirementsConfirmed(), c.date());
    }
}
