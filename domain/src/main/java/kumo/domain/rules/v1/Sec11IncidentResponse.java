package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.service.SecurityTerms;

/** SEC-11: incident response and the remedy when controls prove insufficient are presented (別紙). */
final class Sec11IncidentResponse implements Rule {

    @Override
    public String id() {
        return "SEC-11";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        SecurityTerms s = c.service().security();
        RuleResult.Builder r = RuleResult.builder()
                .fact("security.incidentResponsePresented", s.incidentResponsePresented())
                .fact("security.remedyPresented", s.remedyPresented());
        Status status = Checks.all(s.incidentResponsePresented(), s.remedyPresented());
        return r.end(status, switch (status) {
            case MET -> "SEC-11.presented";
            case NOT_MET -> "SEC-11.missing";
            default -> "SEC-11.unknown";
        });
    }
}
