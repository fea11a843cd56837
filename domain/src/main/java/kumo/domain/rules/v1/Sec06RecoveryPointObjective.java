package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.ContinuityTerms;

/**
 * SEC-06: a recovery point objective is stated (§2エ; the text's 「BPO」 read as RPO) and is within the
 * system's tolerated data loss where one is stated (kumo's reading).
 */
final class Sec06RecoveryPointObjective implements Rule {

    @Override
    public String id() {
        return "SEC-06";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        ContinuityTerms t = c.service().continuity();
        Double tolerated = c.system().toleratedDataLossHours();
        RuleResult.Builder r = RuleResult.builder()
                .fact("continuity.recoveryPointHours", t.recoveryPointHours())
                .fact("system.toleratedDataLossHours", tolerated);
        if (t.recoveryPointHours() == null) {
            return Boolean.FALSE.equals(t.recoveryPointStated())
                    ? r.notMet("reason.fact.no", "@fact.continuity.recoveryPointHours")
                    : r.unknown("reason.fact.unknown", "@fact.continuity.recoveryPointHours");
        }
        if (tolerated == null) {
            return r.met("SEC-06.stated", t.recoveryPointHours());
        }
        return t.recoveryPointHours() <= tolerated
                ? r.met("SEC-06.withinTolerated", t.recoveryPointHours(), tolerated)
                : r.notMet("SEC-06.exceedsTolerated", t.recoveryPointHours(), tolerated);
    }
}
