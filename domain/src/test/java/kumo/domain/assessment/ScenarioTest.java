package kumo.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Status;

/** The baseline of the cross-cutting tests is what it claims to be: ELIGIBLE, nothing open. */
class ScenarioTest {

    @Test
    void theBaselineIsEligibleWithNothingOpen() {
        Assessment a = Scenario.eligible().assess();
        List<String> open = a.findings().stream()
                .filter(f -> f.status() != Status.MET && f.status() != Status.NOT_APPLICABLE && f.status() != Status.EXEMPT)
                .map(f -> f.id() + " " + f.status() + " " + f.reasons()).toList();
        assertThat(open).as("findings neither MET, NOT_APPLICABLE nor EXEMPT").isEmpty();
        assertThat(a.risks()).allSatisfy(r -> assertThat(r.state().open()).as(r.id() + " " + r.state() + " " + r.reasons()).isFalse());
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(a.nextActions()).isEmpty();
    }

    @Test
    void withoutExemptionsTheBaselineIsStillEligible() {
        Assessment a = Scenario.eligible().withoutExemptions().assess();
        assertThat(a.exemptions()).allSatisfy(e -> assertThat(e.state()).as(e.id()).isEqualTo(ExemptionState.NOT_APPLICABLE));
        assertThat(a.findings()).noneMatch(f -> f.status() == Status.EXEMPT);
        assertThat(a.verdict()).as(a.findings().stream().filter(f -> f.status() != Status.MET).map(f -> f.id() + " " + f.status()).toList().toString())
                .isEqualTo(Verdict.ELIGIBLE);
    }
}
