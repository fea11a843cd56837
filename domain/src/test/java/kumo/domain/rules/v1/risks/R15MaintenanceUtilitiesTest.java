package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R15 §3(15) 「メンテナンスユーティリティ」: mitigated by the service's STATUS_INFORMATION capability. */
class R15MaintenanceUtilitiesTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R15";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.STATUS_INFORMATION, offered);
    }
}
