package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R04 §3(4) 「アクセス制御」: mitigated by the service's CUSTOM_ROLES capability. */
class R04AccessControlTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R04";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.CUSTOM_ROLES, offered);
    }
}
