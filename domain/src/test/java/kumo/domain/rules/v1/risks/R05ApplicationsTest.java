package kumo.domain.rules.v1.risks;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.service.Capability;
import kumo.domain.service.ServiceModel;
import kumo.domain.testdata.Services;

/** R05 §3(5) 「アプリケーション」: mitigated by the service's DATA_COMPATIBILITY capability; applies only when the service provides the application (SaaS). */
class R05ApplicationsTest implements MitigatedRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R05";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.DATA_COMPATIBILITY, offered);
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.service().serviceModel(holds == null ? null : holds ? ServiceModel.SAAS : ServiceModel.IAAS);
        return c;
    }
}
