package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static kumo.domain.rules.v1.risks.RiskTesting.decisionWithoutCheck;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.plan.Treatment;

/** A risk the policy offers to transfer (e.g. a fee reduction) or accept, with no check first. */
interface TransferableRiskContract extends UnmitigatedRiskContract {

    @Test
    default void aTransferIsWhatThePolicyOffers() {
        RiskEntry r = assess(applicable(), decisionWithoutCheck(id(), Treatment.TRANSFER));
        assertThat(r.state()).isEqualTo(RiskState.DECIDED);
        assertThat(has(r, "risk.transferNotSuggested")).isFalse();
    }

    @Test
    default void anAcceptanceNeedsNoPriorCheck() {
        assertThat(assess(applicable(), decisionWithoutCheck(id(), Treatment.ACCEPT)).state()).isEqualTo(RiskState.DECIDED);
    }
}
