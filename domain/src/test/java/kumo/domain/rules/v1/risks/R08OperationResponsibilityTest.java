package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskTesting.decision;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.Message;
import kumo.domain.plan.Treatment;
import kumo.domain.rules.v1.risks.RiskTesting.Case;

/** R08 §3(8) 「システム運用・保守」: information only; the policy asks for no decision (links SEC-01, SEC-09). */
class R08OperationResponsibilityTest implements RiskContract {

    @Override
    public String id() {
        return "R08";
    }

    @Test
    void isInformationalWithoutADecision() {
        RiskEntry r = assess(Case.complete());
        assertThat(r.state()).isEqualTo(RiskState.INFORMATIONAL);
        assertThat(r.state().open()).isFalse();
        assertThat(r.capabilityOffered()).isNull();
        assertThat(r.reasons()).containsExactly(Message.of("risk.informational", "SEC-01, SEC-09"));
    }

    @Test
    void aDecisionRecordedAnywayChangesNothing() {
        RiskEntry r = assess(Case.complete(), decision(id(), Treatment.ACCEPT));
        assertThat(r.state()).isEqualTo(RiskState.INFORMATIONAL);
        assertThat(r.decision()).isNull();
    }
}
