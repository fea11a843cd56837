package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static kumo.domain.rules.v1.risks.RiskTesting.decision;
import static kumo.domain.rules.v1.risks.RiskTesting.decisionWithoutCheck;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.plan.Treatment;
import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.testdata.Services;

/**
 * A risk the policy says a service capability mitigates. Each case starts from the fully capable
 * service and changes only this risk's own capability, so a risk wired to another capability, or a
 * capability that reads the wrong fact or is forced true, fails here.
 */
interface MitigatedRiskContract extends DecidedRiskContract {

    /** The service with this risk's capability offered (TRUE), lacking (FALSE) or unknown ({@code null}). */
    Services offering(Services service, Boolean offered);

    default Case offering(Boolean offered) {
        Case c = applicable();
        offering(c.service(), offered);
        return c;
    }

    @Test
    default void kumoProposesMitigationWhenTheServiceOffersTheCapabilityAndNobodyDecided() {
        RiskEntry r = assess(offering(true));
        assertThat(r.capabilityOffered()).isTrue();
        assertThat(r.state()).isEqualTo(RiskState.PROPOSED);
        assertThat(has(r, "risk.proposeMitigate")).isTrue();
    }

    @Test
    default void undecidedWhenTheServiceLacksTheCapability() {
        RiskEntry r = assess(offering(false));
        assertThat(r.capabilityOffered()).isFalse();
        assertThat(r.state()).isEqualTo(RiskState.UNDECIDED);
    }

    @Test
    default void undecidedWhileTheCapabilityIsUnknown() {
        RiskEntry r = assess(offering(null));
        assertThat(r.capabilityOffered()).isNull();
        assertThat(r.state()).isEqualTo(RiskState.UNDECIDED);
    }

    @Test
    default void mitigateCountsOnlyWhenTheServiceOffersTheCapability() {
        assertThat(assess(offering(true), decision(id(), Treatment.MITIGATE)).state()).isEqualTo(RiskState.DECIDED);
        RiskEntry lacking = assess(offering(false), decision(id(), Treatment.MITIGATE));
        assertThat(lacking.state()).isEqualTo(RiskState.MITIGATION_UNSUPPORTED);
        assertThat(has(lacking, "risk.mitigateCapabilityMissing")).isTrue();
        RiskEntry unknown = assess(offering(null), decision(id(), Treatment.MITIGATE));
        assertThat(unknown.state()).isEqualTo(RiskState.MITIGATION_UNSUPPORTED);
        assertThat(has(unknown, "risk.mitigateCapabilityUnknown")).isTrue();
    }

    @Test
    default void anAcceptanceNeedsNoPriorCheckAndNoCapability() {
        assertThat(assess(offering(false), decisionWithoutCheck(id(), Treatment.ACCEPT)).state()).isEqualTo(RiskState.DECIDED);
    }

    @Test
    default void aTransferIsRecordedButFlaggedWhereThePolicyOffersNone() {
        RiskEntry r = assess(offering(false), decision(id(), Treatment.TRANSFER));
        assertThat(r.state()).isEqualTo(RiskState.DECIDED);
        assertThat(has(r, "risk.transferNotSuggested")).isTrue();
    }
}
