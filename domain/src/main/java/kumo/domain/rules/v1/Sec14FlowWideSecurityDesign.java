package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SEC-14: Security designed over the whole information flow, requirements written into the contract (§2エ). YES → MET, NO → NOT_MET, not recorded → PENDING. */
final class Sec14FlowWideSecurityDesign implements Rule {

    @Override
    public String id() {
        return "SEC-14";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.decision("plan.flowWideSecurityDesign", c.plan().flowWideSecurityDesign(), c.date());
    }
}
