package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/**
 * KEY-01: keys are better managed on the city's side; where the service lets the customer manage
 * keys, the plan chooses that (§4(3) 「選択可能な場合は…選ぶものとする」).
 */
final class Key01CustomerManagedKeys implements Rule {

    @Override
    public String id() {
        return "KEY-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        Boolean offered = c.service().security().customerManagedKeysOffered();
        Boolean chosen = c.plan().customerManagedKeys();
        RuleResult.Builder r = RuleResult.builder()
                .fact("security.customerManagedKeysOffered", offered)
                .fact("plan.customerManagedKeys", chosen);
        if (offered == null) {
            return r.unknown("reason.fact.unknown", "@fact.security.customerManagedKeysOffered");
        }
        if (!offered) {
            return r.notApplicable("KEY-01.notOffered");
        }
        if (chosen == null) {
            return r.pending("reason.plan.undecided", "@fact.plan.customerManagedKeys");
        }
        return chosen ? r.met("KEY-01.chosen") : r.notMet("KEY-01.notChosen");
    }
}
