package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** LAW-06: The risk of laws other than Japan's was evaluated for this provider (§2イ). YES → MET, NO → NOT_MET, not recorded → PENDING. */
final class Law06ForeignLawRiskEvaluated implements Rule {

    @Override
    public String id() {
        return "LAW-06";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.decision("plan.foreignLawEvaluation", c.plan().foreignLawEvaluation(), c.date());
    }
}
