package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R18 §3(18) 「ログ監視」: mitigated by the service's LOG_MONITORING capability. */
class R18LogMonitoringTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R18";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.LOG_MONITORING, offered);
    }
}
