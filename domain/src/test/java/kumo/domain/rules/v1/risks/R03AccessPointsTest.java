package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R03 §3(3) 「アクセスポイント」: mitigated by the service's ACCESS_POINT_RESTRICTION capability. */
class R03AccessPointsTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R03";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.ACCESS_POINT_RESTRICTION, offered);
    }
}
