package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static kumo.domain.rules.v1.risks.RiskTesting.DATE;
import static kumo.domain.rules.v1.risks.RiskTesting.check;
import static kumo.domain.rules.v1.risks.RiskTesting.decisionWithoutCheck;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;

/** A risk whose recorded check is the decision (R16, R22): no treatment is asked for, no capability exists. */
interface CheckIsDecisionRiskContract extends RiskContract {

    @Test
    default void theRecordedCheckIsTheDecision() {
        RiskEntry r = assess(applicable(), new RiskDecision(id(), null, null, null, null, null, check()));
        assertThat(r.state()).isEqualTo(RiskState.DECIDED);
        assertThat(has(r, "risk.checkIsDecision")).isTrue();
    }

    @Test
    default void withoutTheCheckItStaysUndecidedEvenOnAFullyCapableService() {
        RiskEntry r = assess(applicable());
        assertThat(r.capabilityOffered()).isNull();
        assertThat(r.state()).isEqualTo(RiskState.UNDECIDED);
    }

    @Test
    default void anAcceptanceWithoutTheCheckDoesNotCount() {
        RiskEntry r = assess(applicable(), decisionWithoutCheck(id(), Treatment.ACCEPT));
        assertThat(r.state()).isEqualTo(RiskState.CHECK_MISSING);
    }

    @Test
    default void aCheckDatedAfterTheAssessmentDateIsNotTheDecisionYet() {
        RiskEntry r = assess(applicable(), new RiskDecision(id(), null, null, null, null, null, check(DATE.plusDays(1))));
        assertThat(r.state().open()).as(r.state().name()).isTrue();
    }
}
