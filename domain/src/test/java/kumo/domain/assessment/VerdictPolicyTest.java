package kumo.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.Kind;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.catalogue.Status;

/**
 * The verdict order of policy-model §4 ("first match wins") on hand-made findings and register rows,
 * without the catalogue: one test per verdict, then the edges between them.
 */
class VerdictPolicyTest {

    private static int serial;

    private static Finding finding(Level level, Status status) {
        Kind kind = status == Status.PENDING ? Kind.CITY : Kind.SERVICE;
        Requirement r = new Requirement("T-" + (++serial), kind, level, false, false, false, false, false,
                Fix.STEP, List.of("§2"));
        return new Finding(r, status, status, List.of(), List.of(), status == Status.EXEMPT ? "EXM-TEST" : null, null);
    }

    private static RiskEntry risk(RiskState state) {
        RiskDefinition d = new RiskDefinition("R" + (++serial), Applicability.ALWAYS, null, false, Alternative.ACCEPT,
                List.of(), List.of("§3"));
        return new RiskEntry(d, state != RiskState.NOT_APPLICABLE, true, null, state, null, List.of());
    }

    /** A register in which every risk is closed. */
    private static List<RiskEntry> closedRisks() {
        return List.of(risk(RiskState.DECIDED), risk(RiskState.NOT_APPLICABLE), risk(RiskState.INFORMATIONAL));
    }

    /** Every blocking requirement met, every recommended one too. */
    private static List<Finding> allMet() {
        return new ArrayList<>(List.of(finding(Level.PROHIBITION, Status.MET), finding(Level.MANDATORY, Status.MET),
                finding(Level.RECOMMENDED, Status.MET)));
    }

    private static List<Finding> plus(List<Finding> base, Finding... more) {
        List<Finding> all = new ArrayList<>(base);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static Verdict verdict(boolean inScope, List<Finding> findings, List<RiskEntry> risks) {
        return VerdictPolicy.verdict(inScope, findings, risks);
    }

    // ---------------------------------------------------------------- one per verdict

    @Test
    void outOfScopeWhenTheInformationIsConfidentiality1WithoutMyNumber() {
        assertThat(verdict(false, allMet(), closedRisks())).isEqualTo(Verdict.OUT_OF_SCOPE);
    }

    @Test
    void prohibitedWhenAProhibitionIsNotMet() {
        assertThat(verdict(true, plus(allMet(), finding(Level.PROHIBITION, Status.NOT_MET)), closedRisks()))
                .isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void notEligibleWhenAMandatoryRequirementIsNotMet() {
        assertThat(verdict(true, plus(allMet(), finding(Level.MANDATORY, Status.NOT_MET)), closedRisks()))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void incompleteWhenAMandatoryRequirementIsUnknown() {
        assertThat(verdict(true, plus(allMet(), finding(Level.MANDATORY, Status.UNKNOWN)), closedRisks()))
                .isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void conditionalWhenACityStepIsPending() {
        assertThat(verdict(true, plus(allMet(), finding(Level.MANDATORY, Status.PENDING)), closedRisks()))
                .isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void eligibleWhenNothingIsOpen() {
        assertThat(verdict(true, allMet(), closedRisks())).isEqualTo(Verdict.ELIGIBLE);
    }

    // ---------------------------------------------------------------- the edges of "first match wins"

    @Test
    void aProhibitionNotMetBeatsAMandatoryUnknown() {
        assertThat(verdict(true, plus(allMet(), finding(Level.MANDATORY, Status.UNKNOWN),
                finding(Level.PROHIBITION, Status.NOT_MET)), closedRisks())).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void aProhibitionNotMetBeatsAMandatoryNotMet() {
        assertThat(verdict(true, plus(allMet(), finding(Level.MANDATORY, Status.NOT_MET),
                finding(Level.PROHIBITION, Status.NOT_MET)), closedRisks())).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void aMandatoryNotMetBeatsAProhibitionUnknown() {
        assertThat(verdict(true, plus(allMet(), finding(Level.PROHIBITION, Status.UNKNOWN),
                finding(Level.MANDATORY, Status.NOT_MET)), closedRisks())).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aProhibitionUnknownIsIncomplete() {
        assertThat(verdict(true, plus(allMet(), finding(Level.PROHIBITION, Status.UNKNOWN)), closedRisks()))
                .isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void unknownBeatsPendingAndOpenRisks() {
        assertThat(verdict(true, plus(allMet(), finding(Level.MANDATORY, Status.PENDING),
                finding(Level.MANDATORY, Status.UNKNOWN)), List.of(risk(RiskState.UNDECIDED))))
                .isEqualTo(Verdict.INCOMPLETE);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"NOT_MET", "UNKNOWN"})
    void aRecommendedRequirementNotMetOrUnknownDoesNotBlockEligible(Status status) {
        assertThat(verdict(true, plus(allMet(), finding(Level.RECOMMENDED, status)), closedRisks()))
                .isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aRecommendedRequirementNeverBlocksWhateverItsStatus() {
        for (Status status : Status.values()) {
            assertThat(verdict(true, plus(allMet(), finding(Level.RECOMMENDED, status)), closedRisks()))
                    .as("RECOMMENDED " + status).isEqualTo(Verdict.ELIGIBLE);
        }
    }

    @ParameterizedTest
    @EnumSource(value = RiskState.class, names = {"PROPOSED", "UNDECIDED", "CHECK_MISSING", "EXPIRED",
        "MITIGATION_UNSUPPORTED", "INCOMPLETE_DECISION"})
    void anOpenRiskAloneMakesItConditional(RiskState state) {
        List<RiskEntry> risks = new ArrayList<>(closedRisks());
        risks.add(risk(state));
        assertThat(verdict(true, allMet(), risks)).isEqualTo(Verdict.CONDITIONAL);
    }

    @ParameterizedTest
    @EnumSource(value = RiskState.class, names = {"DECIDED", "NOT_APPLICABLE", "INFORMATIONAL"})
    void aClosedRiskDoesNotKeepItOpen(RiskState state) {
        assertThat(verdict(true, allMet(), List.of(risk(state)))).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aProposalIsNotADecision() {
        assertThat(verdict(true, allMet(), List.of(risk(RiskState.PROPOSED)))).isEqualTo(Verdict.CONDITIONAL);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"DEVIATED", "EXEMPT", "NOT_APPLICABLE"})
    void deviatedExemptAndNotApplicableCountAsClosed(Status status) {
        List<Finding> findings = plus(allMet(), finding(Level.MANDATORY, status), finding(Level.PROHIBITION,
                status == Status.NOT_APPLICABLE ? status : Status.MET));
        assertThat(verdict(true, findings, closedRisks())).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void outOfScopeWinsOverEverything() {
        List<Finding> worst = plus(allMet(), finding(Level.PROHIBITION, Status.NOT_MET),
                finding(Level.MANDATORY, Status.NOT_MET), finding(Level.MANDATORY, Status.UNKNOWN),
                finding(Level.MANDATORY, Status.PENDING), finding(Level.PROHIBITION, Status.UNKNOWN));
        List<RiskEntry> risks = Arrays.stream(RiskState.values()).map(VerdictPolicyTest::risk).toList();
        assertThat(verdict(false, worst, risks)).isEqualTo(Verdict.OUT_OF_SCOPE);
        assertThat(verdict(true, worst, risks)).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void anAssessmentWithoutFindingsOrRisksIsEligibleOnlyInScope() {
        assertThat(verdict(true, List.of(), List.of())).isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(false, List.of(), List.of())).isEqualTo(Verdict.OUT_OF_SCOPE);
    }

    @Test
    void theVerdictDoesNotDependOnTheOrderOfTheFindings() {
        List<Finding> findings = plus(allMet(), finding(Level.MANDATORY, Status.PENDING),
                finding(Level.MANDATORY, Status.UNKNOWN), finding(Level.RECOMMENDED, Status.NOT_MET));
        List<Finding> reversed = new ArrayList<>(findings);
        java.util.Collections.reverse(reversed);
        assertThat(verdict(true, reversed, closedRisks())).isEqualTo(verdict(true, findings, closedRisks()))
                .isEqualTo(Verdict.INCOMPLETE);
    }
}
