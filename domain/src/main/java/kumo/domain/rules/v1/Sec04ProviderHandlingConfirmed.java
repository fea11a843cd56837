package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** SEC-04: How the provider and its subcontractors manage and store the information was confirmed and agreed (§2エ). YES → MET, NO → NOT_MET, not recorded → PENDING. */
final class Sec04ProviderHandlingConfirmed implements Rule {

    @Override
    public String id() {
        return "SEC-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        return Checks.decision("plan.providerHandlingConfirmed", c.plan().providerHandlingConfirmed(), c.date());
    }
}
