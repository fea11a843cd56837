package kumo.domain.rules.v1.risks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.service.BillingModel;
import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R25 §3(25) 「従量課金を利用した攻撃」: mitigated by the service's EDOS_AGREEMENT capability; applies only to usage-based billing. */
class R25EconomicDosTest implements MitigatedRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R25";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.EDOS_AGREEMENT, offered);
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.service().billing(holds == null ? null : holds ? BillingModel.PAY_PER_USE : BillingModel.FIXED);
        return c;
    }

    @Test
    void mixedBillingIsUsageBasedToo() {
        Case c = Case.complete();
        c.service().billing(BillingModel.MIXED);
        assertThat(assess(c).applies()).isTrue();
    }
}
