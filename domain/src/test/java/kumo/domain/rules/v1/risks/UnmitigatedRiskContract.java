package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static kumo.domain.rules.v1.risks.RiskTesting.decision;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.plan.Treatment;

/** A risk for which the policy names no mitigating capability: even a fully capable service changes nothing. */
interface UnmitigatedRiskContract extends DecidedRiskContract {

    @Test
    default void nothingIsProposedEvenOnAFullyCapableService() {
        RiskEntry r = assess(applicable());
        assertThat(r.capabilityOffered()).isNull();
        assertThat(r.state()).isEqualTo(RiskState.UNDECIDED);
        assertThat(has(r, "risk.undecided")).isTrue();
    }

    @Test
    default void mitigateIsUnsupportedBecauseNoCapabilityExists() {
        RiskEntry r = assess(applicable(), decision(id(), Treatment.MITIGATE));
        assertThat(r.state()).isEqualTo(RiskState.MITIGATION_UNSUPPORTED);
        assertThat(has(r, "risk.mitigateNoCapability")).isTrue();
    }
}
