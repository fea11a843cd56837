package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R23 §3(23) 「残存データ」: mitigated by the service's RESIDUAL_DATA_HANDLING capability. */
class R23ResidualDataTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R23";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.RESIDUAL_DATA_HANDLING, offered);
    }
}
