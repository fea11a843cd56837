package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.classification.Availability;
import kumo.domain.service.ContinuityTerms;

/**
 * EXIT-01: recovery requirements fit the availability class (§2ウ). kumo's reading: the service's
 * recovery time is stated and, where the system states a tolerated outage, within it; for 可用性2
 * (or an unknown class) the tolerated outage must be stated to judge the fit.
 */
final class Exit01RecoveryFitsAvailability implements Rule {

    @Override
    public String id() {
        return "EXIT-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        ContinuityTerms t = c.service().continuity();
        Availability availability = c.system().classification().availability();
        Double tolerated = c.system().toleratedOutageHours();
        RuleResult.Builder r = RuleResult.builder()
                .fact("continuity.recoveryTimeHours", t.recoveryTimeHours())
                .fact("system.toleratedOutageHours", tolerated)
                .fact("classification.availability", availability);
        if (t.recoveryTimeHours() == null) {
            return Boolean.FALSE.equals(t.recoveryTimeStated())
                    ? r.notMet("reason.fact.no", "@fact.continuity.recoveryTimeHours")
                    : r.unknown("reason.fact.unknown", "@fact.continuity.recoveryTimeHours");
        }
        if (tolerated == null) {
            return availability == Availability.A1
                    ? r.met("EXIT-01.statedA1", t.recoveryTimeHours())
                    : r.unknown("EXIT-01.toleratedOutageNeeded");
        }
        return t.recoveryTimeHours() <= tolerated
                ? r.met("EXIT-01.withinTolerated", t.recoveryTimeHours(), tolerated)
                : r.notMet("EXIT-01.exceedsTolerated", t.recoveryTimeHours(), tolerated);
    }
}
