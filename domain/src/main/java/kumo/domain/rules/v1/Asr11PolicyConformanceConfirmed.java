package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** ASR-11: The service was confirmed to satisfy the city's information security policy (§4(3)). YES → MET, NO → NOT_MET, not recorded → PENDING. */
final class Asr11PolicyConformanceConfirmed implements Rule {

    @Override
    public String id() {
        return "ASR-11";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.decision("plan.policyConformance", c.plan().policyConformance(), c.date());
    }
}
