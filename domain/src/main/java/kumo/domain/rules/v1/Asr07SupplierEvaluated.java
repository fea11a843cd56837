package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** ASR-07: The city evaluated management stability and supply-chain risk itself (§2オ). YES → MET, NO → NOT_MET, not recorded → PENDING. */
final class Asr07SupplierEvaluated implements Rule {

    @Override
    public String id() {
        return "ASR-07";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.decision("plan.supplierEvaluation", c.plan().supplierEvaluation(), c.date());
    }
}
