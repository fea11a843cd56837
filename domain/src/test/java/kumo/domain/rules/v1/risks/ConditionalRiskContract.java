package kumo.domain.rules.v1.risks;

import static kumo.domain.rules.v1.risks.RiskContract.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.Message;
import kumo.domain.rules.v1.risks.RiskTesting.Case;

/** A risk that applies only under a condition: applies, does not apply, and unknown counts as applying. */
interface ConditionalRiskContract extends RiskContract {

    /** A case where the risk's condition holds (TRUE), does not (FALSE) or is unknown ({@code null}). */
    Case where(Boolean holds);

    @Override
    default Case applicable() {
        return where(true);
    }

    @Test
    default void appliesWhenItsConditionHolds() {
        RiskEntry r = assess(where(true));
        assertThat(r.applies()).isTrue();
        assertThat(r.applicabilityKnown()).isTrue();
        assertThat(r.state()).isNotEqualTo(RiskState.NOT_APPLICABLE);
        assertThat(has(r, "risk.applicabilityUnknown")).isFalse();
    }

    @Test
    default void doesNotApplyOtherwise() {
        RiskEntry r = assess(where(false));
        assertThat(r.applies()).isFalse();
        assertThat(r.state()).isEqualTo(RiskState.NOT_APPLICABLE);
        assertThat(r.reasons()).containsExactly(Message.of("risk.notApplicable",
                "@applicability." + RiskTesting.CATALOGUE.risk(id()).appliesWhen().name()));
    }

    @Test
    default void countsAsApplyingWhileItsConditionIsUnknown() {
        RiskEntry r = assess(where(null));
        assertThat(r.applies()).isTrue();
        assertThat(r.applicabilityKnown()).isFalse();
        assertThat(has(r, "risk.applicabilityUnknown")).isTrue();
        assertThat(r.state().open()).as(r.state().name()).isTrue();
    }
}
