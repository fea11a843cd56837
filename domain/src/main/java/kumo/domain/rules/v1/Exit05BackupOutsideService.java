package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** EXIT-05: backups are also kept outside the cloud service (§4(5) 望ましい). */
final class Exit05BackupOutsideService implements Rule {

    @Override
    public String id() {
        return "EXIT-05";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        Boolean outside = c.plan().backupOutsideService();
        RuleResult.Builder r = RuleResult.builder().fact("plan.backupOutsideService", outside);
        if (outside == null) {
            return r.pending("reason.plan.undecided", "@fact.plan.backupOutsideService");
        }
        return outside ? r.met("reason.fact.yes", "@fact.plan.backupOutsideService")
                : r.notMet("reason.fact.no", "@fact.plan.backupOutsideService");
    }
}
