package kumo.domain.rules.v1;

import java.util.ArrayList;
import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.Decision;
import kumo.domain.system.PreparationItem;
import kumo.domain.system.SystemProfile;

/**
 * PROC-01: every preparation item of §4(1) is answered, or marked "not determinable" with a reason
 * (「可能な限り明確化する」).
 */
final class Proc01PreparationItems implements Rule {

    @Override
    public String id() {
        return "PROC-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        SystemProfile s = c.system();
        RuleResult.Builder r = RuleResult.builder();
        List<PreparationItem> open = new ArrayList<>();
        for (PreparationItem item : PreparationItem.values()) {
            boolean answered = answered(s, item);
            String reason = s.notDeterminable().get(item);
            if (!answered && !Decision.present(reason)) {
                open.add(item);
            }
        }
        r.fact("system.preparationItemsOpen", open).fact("system.notDeterminable", s.notDeterminable().keySet());
        if (open.isEmpty()) {
            return r.met("PROC-01.complete", PreparationItem.values().length, s.notDeterminable().size());
        }
        for (PreparationItem item : open) {
            r.reason("PROC-01.open", "@preparation." + item.name());
        }
        return r.pending(null);
    }

    static boolean answered(SystemProfile s, PreparationItem item) {
        return switch (item) {
            case USERS -> s.users() != null && Decision.present(s.userDetails());
            case INTERNET_BASED -> s.internetBased() != null;
            case SERVICE_KIND -> s.serviceKind() != null;
            case INTEGRATIONS -> s.integrations() != null;
            case SERVICE_HOURS -> Decision.present(s.serviceHours());
            case TOLERATED_OUTAGE -> s.toleratedOutageHours() != null;
            case DISASTER_RECOVERY -> s.disasterRecoveryNeeded() != null;
            case STEADINESS -> s.steadiness() != null;
            case WORKLOAD_TOTAL -> Decision.present(s.workload().total());
            case WORKLOAD_PER_UNIT_TIME -> Decision.present(s.workload().perUnitTime());
            case WORKLOAD_TREND -> Decision.present(s.workload().trendAndPeaks());
            case CLASSIFICATION -> complete(s);
        };
    }

    private static boolean complete(SystemProfile s) {
        var k = s.classification();
        return k.confidentiality() != null && k.integrity() != null && k.availability() != null
                && k.handlingRestrictions() != null;
    }
}
