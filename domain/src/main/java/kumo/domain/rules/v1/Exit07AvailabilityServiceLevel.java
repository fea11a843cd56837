package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.ContinuityTerms;

/** EXIT-07: an availability service level is presented (別紙). */
final class Exit07AvailabilityServiceLevel implements Rule {

    @Override
    public String id() {
        return "EXIT-07";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        ContinuityTerms t = c.service().continuity();
        RuleResult.Builder r = RuleResult.builder()
                .fact("continuity.availabilitySlaPercent", t.availabilitySlaPercent())
                .fact("continuity.availabilitySlaOffered", t.availabilitySlaOffered());
        if (t.availabilitySlaPercent() != null) {
            return r.met("EXIT-07.presented", t.availabilitySlaPercent());
        }
        if (Boolean.FALSE.equals(t.availabilitySlaOffered())) {
            return r.notMet("reason.fact.no", "@fact.continuity.availabilitySlaOffered");
        }
        return Boolean.TRUE.equals(t.availabilitySlaOffered())
                ? r.met("reason.fact.yes", "@fact.continuity.availabilitySlaOffered")
                : r.unknown("reason.fact.unknown", "@fact.continuity.availabilitySlaPercent");
    }
}
