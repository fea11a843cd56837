package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.SupportTerms;

/**
 * SUP-03: first response within 1 h (ongoing outage, large impact), 4 h (ongoing outage), 12 h
 * (urgent question), 24 h (normal question) (§5 1.2 推奨事項).
 */
final class Sup03FirstResponseTimes implements Rule {

    private static final double[] LIMITS = {1, 4, 12, 24};
    private static final String[] NAMES = {
        "support.firstResponseCriticalHours", "support.firstResponseOutageHours",
        "support.firstResponseUrgentHours", "support.firstResponseNormalHours"};

    @Override
    public String id() {
        return "SUP-03";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        SupportTerms s = c.service().support();
        Double[] values = {s.firstResponseCriticalHours(), s.firstResponseOutageHours(),
            s.firstResponseUrgentHours(), s.firstResponseNormalHours()};
        RuleResult.Builder r = RuleResult.builder();
        boolean slow = false;
        boolean unknown = false;
        for (int i = 0; i < values.length; i++) {
            r.fact(NAMES[i], values[i]);
            if (values[i] == null) {
                unknown = true;
                r.reason("reason.fact.unknown", "@fact." + NAMES[i]);
            } else if (values[i] > LIMITS[i]) {
                slow = true;
                r.reason("SUP-03.tooSlow", "@fact." + NAMES[i], values[i], LIMITS[i]);
            }
        }
        return slow ? r.notMet(null) : unknown ? r.unknown(null) : r.met("SUP-03.withinTargets");
    }
}
