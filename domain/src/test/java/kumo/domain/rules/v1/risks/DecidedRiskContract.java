package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static kumo.domain.rules.v1.risks.RiskTesting.DATE;
import static kumo.domain.rules.v1.risks.RiskTesting.RATIONALE;
import static kumo.domain.rules.v1.risks.RiskTesting.check;
import static kumo.domain.rules.v1.risks.RiskTesting.decision;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.Message;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Dates;

/** A risk the city decides by a treatment (every risk but R08, R16 and R22): when the decision counts. */
interface DecidedRiskContract extends RiskContract {

    @Test
    default void aCompleteAcceptanceInForceDecidesIt() {
        RiskEntry r = assess(applicable(), decision(id(), Treatment.ACCEPT));
        assertThat(r.state()).isEqualTo(RiskState.DECIDED);
        assertThat(has(r, "risk.decided")).isTrue();
    }

    @Test
    default void anAcceptanceIsExpiredAfterItsExpiryDateAndInForceOnIt() {
        RiskDecision d = decision(id(), Treatment.ACCEPT);
        RiskEntry expired = assess(applicable(), new RiskDecision(id(), d.treatment(), d.rationale(), d.decidedBy(),
                d.decidedOn(), DATE.minusDays(1), d.check()));
        assertThat(expired.state()).isEqualTo(RiskState.EXPIRED);
        assertThat(has(expired, "risk.expired")).isTrue();
        RiskEntry lastDay = assess(applicable(), new RiskDecision(id(), d.treatment(), d.rationale(), d.decidedBy(),
                d.decidedOn(), DATE, d.check()));
        assertThat(lastDay.state()).isEqualTo(RiskState.DECIDED);
    }

    @Test
    default void aDecisionWithoutRationaleIsIncompleteAndSaysSo() {
        RiskEntry r = assess(applicable(), new RiskDecision(id(), Treatment.ACCEPT, " ", Decisions.DECIDED_BY,
                Dates.DECIDED_ON, null, check()));
        assertThat(r.state()).isEqualTo(RiskState.INCOMPLETE_DECISION);
        assertThat(has(r, "risk.incompleteDecision")).as("incomplete").isTrue();
        assertThat(has(r, "risk.decidedAfterAssessmentDate")).as("not late").isFalse();
    }

    @Test
    default void aCompleteDecisionDatedAfterTheAssessmentDateIsReportedAsLateNotIncomplete() {
        RiskEntry r = assess(applicable(), new RiskDecision(id(), Treatment.ACCEPT, RATIONALE, Decisions.DECIDED_BY,
                DATE.plusDays(1), null, check()));
        assertThat(r.state()).isEqualTo(RiskState.INCOMPLETE_DECISION);
        assertThat(r.reasons()).contains(Message.of("risk.decidedAfterAssessmentDate", DATE.plusDays(1), DATE));
        assertThat(has(r, "risk.incompleteDecision")).as("the record itself is complete").isFalse();
    }
}
