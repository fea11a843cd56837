package kumo.domain.rules.v1.risks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.service.Deployment;

/** R13 §3(13) 「マルチテナント」: accepted only after the check the policy asks for first; no capability mitigates it; applies only to shared infrastructure (public cloud or LGWAN-ASP). */
class R13MultiTenancyTest implements CheckFirstRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R13";
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.service().deployment(holds == null ? null : holds ? Deployment.PUBLIC_CLOUD : Deployment.PRIVATE);
        return c;
    }

    @Test
    void anLgwanAspIsSharedToo() {
        Case c = Case.complete();
        c.service().lgwanAsp();
        assertThat(assess(c).applies()).isTrue();
        assertThat(assess(c).applicabilityKnown()).isTrue();
    }
}
