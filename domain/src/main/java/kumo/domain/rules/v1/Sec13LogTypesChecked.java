package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Outcome;

/**
 * SEC-13: the log types needed for operation, whether the service provides them and their cost were
 * checked beforehand (§4(5)). The step is the check itself: a recorded check is MET whatever it
 * found; a NO (needed logs not obtainable) is carried as a reason to weigh under SEC-01 and R18.
 */
final class Sec13LogTypesChecked implements Rule {

    @Override
    public String id() {
        return "SEC-13";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        RuleResult.Builder r = RuleResult.builder();
        RuleResult result = Checks.decision(r, "plan.logTypesChecked", c.plan().logTypesChecked(), c.date());
        if (result.status() == Status.NOT_MET && c.plan().logTypesChecked().outcome() == Outcome.NO) {
            return r.met("SEC-13.checkedGap");
        }
        return result;
    }
}
