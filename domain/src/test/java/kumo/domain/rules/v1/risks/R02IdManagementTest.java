package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R02 §3(2) 「ID管理」: mitigated by the service's ID_FEDERATION capability. */
class R02IdManagementTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R02";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.ID_FEDERATION, offered);
    }
}
