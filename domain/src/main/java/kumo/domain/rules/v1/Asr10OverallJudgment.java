package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** ASR-10: The city's overall, objective judgment of reliability (§2オ). YES → MET, NO → NOT_MET, not recorded → PENDING. */
final class Asr10OverallJudgment implements Rule {

    @Override
    public String id() {
        return "ASR-10";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.decision("plan.overallJudgment", c.plan().overallJudgment(), c.date());
    }
}
