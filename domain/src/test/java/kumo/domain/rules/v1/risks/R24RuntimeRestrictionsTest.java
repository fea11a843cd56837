package kumo.domain.rules.v1.risks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.service.Capability;
import kumo.domain.service.ServiceModel;
import kumo.domain.testdata.Services;

/** R24 §3(24) 「実行環境の制限」: mitigated by the service's GENERAL_RUNTIME capability; applies only to a restricted execution environment. */
class R24RuntimeRestrictionsTest implements MitigatedRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R24";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.GENERAL_RUNTIME, offered);
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.service().restrictedRuntime(holds);
        if (holds == null) {
            c.service().serviceModel(null); // the runtime is then read from the service model
        }
        return c;
    }

    @Test
    void aPaasWhoseRuntimeIsNotDescribedCountsAsRestricted() {
        Case c = Case.complete();
        c.service().restrictedRuntime(null).serviceModel(ServiceModel.PAAS);
        assertThat(assess(c).applies()).isTrue();
        assertThat(assess(c).applicabilityKnown()).isTrue();
    }
}
