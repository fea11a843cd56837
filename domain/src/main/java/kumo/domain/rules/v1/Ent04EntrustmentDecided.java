package kumo.domain.rules.v1;

import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;

/**
 * ENT-04: the information manager decided whether the information may be entrusted to this service
 * (§2ア). On a non-public (or not yet known) deployment, 機密性3 or My Number information must be
 * addressed explicitly.
 */
final class Ent04EntrustmentDecided implements Rule {

    @Override
    public String id() {
        return "ENT-04";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        RuleResult.Builder r = RuleResult.builder().fix(Fix.PLAN); // a "no" is closed by changing the plan
        RuleResult base = Checks.decision(r, "plan.entrustment", c.plan().entrustment(), c.date());
        if (base.status() != Status.MET) {
            return base;
        }
        boolean sensitive = Boolean.TRUE.equals(c.system().classification().secretLevel())
                || Boolean.TRUE.equals(c.system().classification().myNumber());
        if (sensitive && !Boolean.TRUE.equals(c.publicCloud())) {
            r.fact("plan.entrustmentAddressesSecretOrMyNumber", c.plan().entrustmentAddressesSecretOrMyNumber());
            return Boolean.TRUE.equals(c.plan().entrustmentAddressesSecretOrMyNumber())
                    ? r.met("ENT-04.sensitiveAddressed")
                    : r.pending("ENT-04.sensitiveNotAddressed", c.service().deployment() == null
                            ? "@value.unknown" : "@deployment." + c.service().deployment().name());
        }
        return base;
    }
}
