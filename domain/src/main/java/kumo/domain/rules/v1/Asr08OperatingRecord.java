package kumo.domain.rules.v1;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.TrackRecord;

/**
 * ASR-08: enough operating record, continued investment, low risk of the service ending (§4(2)). kumo
 * reads 十分な稼働実績 as at least the catalogue's minimum months of general availability; a service
 * that is not GA has no operating record; an announced end of service is a high risk of ending.
 */
final class Asr08OperatingRecord implements Rule {

    @Override
    public String id() {
        return "ASR-08";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        TrackRecord t = c.service().trackRecord();
        int months = c.parameters().minimumOperatingMonths();
        RuleResult.Builder r = RuleResult.builder()
                .fact("service.generallyAvailable", c.service().generallyAvailable())
                .fact("trackRecord.generallyAvailableSince", t.generallyAvailableSince())
                .fact("trackRecord.continuedInvestment", t.continuedInvestment())
                .fact("trackRecord.endOfServiceAnnounced", t.endOfServiceAnnounced());
        if (Boolean.FALSE.equals(c.service().generallyAvailable())) {
            return r.notMet("ASR-08.notGa");
        }
        if (Boolean.TRUE.equals(t.endOfServiceAnnounced())) {
            return r.notMet("ASR-08.endAnnounced");
        }
        LocalDate since = t.generallyAvailableSince();
        if (since != null && (since.isAfter(c.date()) || ChronoUnit.MONTHS.between(since, c.date()) < months)) {
            return r.notMet("ASR-08.tooShort", since, months);
        }
        if (Boolean.FALSE.equals(t.continuedInvestment())) {
            return r.notMet("reason.fact.no", "@fact.trackRecord.continuedInvestment");
        }
        if (since == null) {
            return r.unknown("reason.fact.unknown", "@fact.trackRecord.generallyAvailableSince");
        }
        if (t.continuedInvestment() == null) {
            return r.unknown("reason.fact.unknown", "@fact.trackRecord.continuedInvestment");
        }
        if (t.endOfServiceAnnounced() == null) {
            return r.unknown("reason.fact.unknown", "@fact.trackRecord.endOfServiceAnnounced");
        }
        return r.met("ASR-08.enough", since, months);
    }
}
