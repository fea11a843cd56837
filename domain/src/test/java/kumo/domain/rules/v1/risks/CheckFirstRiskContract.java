package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static kumo.domain.rules.v1.risks.RiskTesting.DATE;
import static kumo.domain.rules.v1.risks.RiskTesting.RATIONALE;
import static kumo.domain.rules.v1.risks.RiskTesting.check;
import static kumo.domain.rules.v1.risks.RiskTesting.decision;
import static kumo.domain.rules.v1.risks.RiskTesting.decisionWithoutCheck;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.Message;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Dates;

/** A risk the city accepts only after the check the policy asks for first (確認を要する / 検討した後). */
interface CheckFirstRiskContract extends UnmitigatedRiskContract {

    @Test
    default void anAcceptanceWithoutTheCheckDoesNotCount() {
        RiskEntry r = assess(applicable(), decisionWithoutCheck(id(), Treatment.ACCEPT));
        assertThat(r.state()).isEqualTo(RiskState.CHECK_MISSING);
        assertThat(r.reasons()).contains(Message.of("risk.checkMissing", "@" + id() + ".check"));
    }

    @Test
    default void aCheckDatedAfterTheAssessmentDateIsNotRecordedYet() {
        RiskEntry r = assess(applicable(), new RiskDecision(id(), Treatment.ACCEPT, RATIONALE, Decisions.DECIDED_BY,
                Dates.DECIDED_ON, null, check(DATE.plusDays(1))));
        assertThat(r.state()).isEqualTo(RiskState.CHECK_MISSING);
    }

    @Test
    default void aTransferIsRecordedButFlaggedWhereThePolicyOffersNone() {
        RiskEntry r = assess(applicable(), decision(id(), Treatment.TRANSFER));
        assertThat(r.state()).isEqualTo(RiskState.DECIDED);
        assertThat(has(r, "risk.transferNotSuggested")).isTrue();
    }
}
