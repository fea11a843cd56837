package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R06 §3(6) 「インシデント管理」: mitigated by the service's INCIDENT_LEVELS_AGREED capability. */
class R06IncidentManagementTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R06";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.INCIDENT_LEVELS_AGREED, offered);
    }
}
