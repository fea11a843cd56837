package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AuditReviewDto;
import kumo.application.document.request.ConsultationDto;
import kumo.application.document.request.DecisionDto;
import kumo.application.document.request.DeviationDto;
import kumo.application.document.request.RiskDecisionDto;
import kumo.application.document.request.RiskCheckDto;
import kumo.application.document.request.ScopeCheckDto;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.port.in.RecordCityStepUseCase.StepToRecord;
import kumo.application.records.port.in.StoreSession;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.plan.Outcome;
import kumo.domain.plan.Treatment;

/**
 * Each kind of city step, recorded on a stored assessment of the full city record with that step taken out:
 * the finding (or risk) it concerns moves as the catalogue says, the new assessment follows the old one.
 */
class RecordCityStepTest {

    private static final Instant START = Instant.parse("2026-11-30T15:30:00Z");
    private static final LocalDate TODAY_IN_KOBE = LocalDate.of(2026, 12, 1);

    private final InMemoryStore store = new InMemoryStore();
    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(START);
    private int ids;
    private final StoreSession records = Fixtures.session(store, clock, () -> "assessment-" + ++ids);

    /** The format-2 full city record, with {@code field} of its plan removed, recorded; returns its id. */
    private String recordWithout(String field) {
        ObjectNode tree = Fixtures.tree("v2-conditional-interconnect-reassessment.json");
        tree.remove("follows");
        ((ObjectNode) tree.get("plan")).remove(field);
        return records.recordAssessment().record(AssessmentToRecord.of(Fixtures.request(tree)), Fixtures.ACTOR)
                .summary().id();
    }

    private AssessmentResultDocument.FindingEntry finding(RecordedAssessment a, String id) {
        return a.result().findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private String finding(String assessmentId, String id) {
        AssessmentResultDocument result = Fixtures.DOCUMENTS.readResult(
                records.showAssessment().find(assessmentId).orElseThrow().resultJson());
        return result.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().status();
    }

    private RecordedAssessment step(String on, CityStep step) {
        return records.recordCityStep().record(StepToRecord.on(on, step), Fixtures.ACTOR);
    }

    private static DecisionDto yes(String rationale) {
        return new DecisionDto(Outcome.YES, rationale, "情報政策課長", LocalDate.of(2026, 11, 29));
    }

    @Test
    void anOverallJudgmentMovesAsr10FromPendingToMetAndTheReassessmentFollowsTheOldOne() {
        String first = recordWithout("overallJudgment");
        assertThat(finding(first, "ASR-10")).isEqualTo("PENDING");

        RecordedAssessment next = step(first, new CityStep.Decision("overallJudgment", yes("総合的に信頼できる")));

        assertThat(finding(next, "ASR-10").status()).isEqualTo("MET");
        assertThat(next.summary().previousId()).isEqualTo(first);
        assertThat(next.summary().assessmentDate()).isEqualTo(TODAY_IN_KOBE);
        assertThat(next.result().follows().assessmentId()).isEqualTo(first);
        assertThat(next.result().follows().reason()).contains("plan.overallJudgment");
        assertThat(next.summary().systemId()).isEqualTo(records.showAssessment().find(first).orElseThrow()
                .summary().systemId());
    }

    @Test
    void everyDecisionFieldOfThePlanCanBeRecorded() {
        assertThat(CityStep.Decision.FIELDS).contains("overallJudgment", "policyConformance", "supplierEvaluation",
                "foreignLawEvaluation", "ismapDifficultyReason", "otherClosedNetworkConfirmation", "entrustment")
                .doesNotContain("consultations", "riskDecisions", "contractorChange");
    }

    @Test
    void aDecisionWithoutWhoAndWhenIsTheActorsOnTheDayItIsRecorded() throws Exception {
        String first = recordWithout("ismapDifficultyReason");
        assertThat(finding(first, "PROC-05")).isEqualTo("PENDING");

        RecordedAssessment next = step(first, new CityStep.Decision("ismapDifficultyReason",
                new DecisionDto(Outcome.YES, "ISMAP リストのサービスでは閉域接続を組めなかった", null, null)));

        assertThat(finding(next, "PROC-05").status()).isEqualTo("MET");
        JsonNode request = Fixtures.JSON.readTree(records.showAssessment().find(next.summary().id()).orElseThrow()
                .requestJson());
        assertThat(request.at("/plan/ismapDifficultyReason/decidedBy").asText()).isEqualTo(Fixtures.ACTOR.name());
        assertThat(request.at("/plan/ismapDifficultyReason/decidedOn").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void theConfirmationThatTheLineIsClosedMovesNet02FromPending() {
        String first = recordWithout("otherClosedNetworkConfirmation");
        assertThat(finding(first, "NET-02")).isEqualTo("PENDING");

        RecordedAssessment next = step(first, new CityStep.Decision("otherClosedNetworkConfirmation",
                yes("市庁舎から接続拠点までの回線も閉域であることを確認した")));

        assertThat(finding(next, "NET-02").status()).isEqualTo("MET");
    }

    @Test
    void aPlanningConsultationWithTheAdvisorsViewMovesProc02FromPending() {
        String first = recordWithout("consultations");
        assertThat(finding(first, "PROC-02")).isEqualTo("PENDING");

        RecordedAssessment next = step(first, new CityStep.Consultation(new ConsultationDto(ConsultationStage.PLANNING,
                LocalDate.of(2026, 11, 20), AdvisorView.NO_OBJECTION, "異論なし", null, null, null)));

        assertThat(finding(next, "PROC-02").status()).isEqualTo("MET");
        assertThat(finding(next, "PROC-03").status()).as("the budget stage is still to come").isEqualTo("PENDING");
    }

    @Test
    void anApprovedDeviationDeviatesItsRequirement() {
        String first = recordWithout("deviations");
        assertThat(finding(first, "SEC-03")).isEqualTo("NOT_MET");

        RecordedAssessment next = step(first, new CityStep.Deviation(new DeviationDto("SEC-03",
                "閉域接続だけで利用し、通信ログを市が監視する", true, null, null, yes("流通経路全般の設計で代替できる"))));

        assertThat(finding(next, "SEC-03").status()).isEqualTo("DEVIATED");
    }

    @Test
    void aRiskDecisionReplacesTheOneOnRecordForItsRisk() throws Exception {
        String first = recordWithout("riskDecisions");
        RecordedAssessment none = new RecordedAssessment(null,
                Fixtures.DOCUMENTS.readResult(records.showAssessment().find(first).orElseThrow().resultJson()));
        assertThat(risk(none, "R01").state()).isNotEqualTo("DECIDED");

        RiskDecisionDto accept = new RiskDecisionDto("R01", Treatment.ACCEPT, "業務継続計画で補う", null, null, null,
                new RiskCheckDto("事業者の DDoS 対策を確認した", "係長", LocalDate.of(2026, 11, 25)));
        RecordedAssessment decided = step(first, new CityStep.RiskDecision(accept));
        assertThat(risk(decided, "R01").state()).isEqualTo("DECIDED");

        RiskDecisionDto again = new RiskDecisionDto("R01", Treatment.ACCEPT, "見直した", null, null, null, accept.check());
        RecordedAssessment revised = step(decided.summary().id(), new CityStep.RiskDecision(again));
        ArrayNode decisions = (ArrayNode) Fixtures.JSON.readTree(records.showAssessment()
                .find(revised.summary().id()).orElseThrow().requestJson()).at("/plan/riskDecisions");
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).get("rationale").asText()).isEqualTo("見直した");
    }

    private static AssessmentResultDocument.RiskEntryText risk(RecordedAssessment a, String id) {
        return a.result().risks().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void scopeChecksAndAnAuditReviewMoveAsr04AndAsr05FromPending() {
        String first = recordWithout("auditReviews");
        assertThat(finding(first, "ASR-05")).isEqualTo("PENDING");
        RecordedAssessment reviewed = step(first, new CityStep.AuditReview(new AuditReviewDto("SOC2-2026", false, true,
                "例外事項1件は是正済み", Outcome.YES, null, null)));
        assertThat(finding(reviewed, "ASR-05").status()).isEqualTo("MET");

        String unchecked = recordWithout("scopeChecks");
        assertThat(finding(unchecked, "ASR-04")).isEqualTo("PENDING");
        RecordedAssessment checked = null;
        String on = unchecked;
        for (String evidence : new String[] {"ISMS-EX-0412", "CLD-EX-0412", "SOC2-2026"}) {
            checked = step(on, new CityStep.ScopeCheck(new ScopeCheckDto(evidence, true, null, null)));
            on = checked.summary().id();
        }
        assertThat(finding(checked, "ASR-04").status()).isEqualTo("MET");
    }

    @Test
    void aStepOnAnAssessmentThatIsNoLongerTheLatestIsAConflictAndWritesNothing() {
        String first = recordWithout("overallJudgment");
        RecordedAssessment second = step(first, new CityStep.Decision("overallJudgment", yes("信頼できる")));

        StaleAssessmentException e = catchThrowableOfType(StaleAssessmentException.class,
                () -> step(first, new CityStep.Decision("supplierEvaluation", yes("問題ない"))));

        assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT);
        assertThat(e.latestId()).isEqualTo(second.summary().id());
        assertThat(e.text().ja()).contains(first).contains(second.summary().id());
        assertThat(e.text().en()).contains(first).contains(second.summary().id());
        assertThat(records.listAssessments().list(AssessmentQuery.all(), PageRequest.first()).items()).hasSize(2);

        RecordedAssessment onLatest = records.recordCityStep().record(new StepToRecord(first,
                second.summary().id(), new CityStep.Decision("supplierEvaluation", yes("問題ない")), null, "見直し"),
                Fixtures.ACTOR);
        assertThat(onLatest.summary().previousId()).as("named as the latest, it is").isEqualTo(second.summary().id());
    }

    @Test
    void anUnknownDecisionFieldIsNamed() {
        String first = recordWithout("overallJudgment");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> step(first, new CityStep.Decision("contractorChange", yes("x"))));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("$.field");
        assertThat(e.violations().get(0).message().ja()).contains("overallJudgment");
    }

    @Test
    void aBadStepIsRefusedAtItsPathInTheRequestAndWritesNothing() {
        String first = recordWithout("riskDecisions");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> step(first, new CityStep.RiskDecision(new RiskDecisionDto("R99", Treatment.ACCEPT, "x", null,
                        null, null, null))));
        assertThat(e.violations()).extracting(Violation::path).contains("$.plan.riskDecisions[0].riskId");

        InvalidDocumentException late = catchThrowableOfType(InvalidDocumentException.class,
                () -> step(first, new CityStep.Consultation(new ConsultationDto(ConsultationStage.PLANNING,
                        LocalDate.of(2026, 11, 20), AdvisorView.OBJECTION, "x", "y", LocalDate.of(2026, 11, 1), null))));
        assertThat(late.violations()).extracting(Violation::path).anyMatch(p -> p.startsWith("$.plan.consultations["));
        assertThat(records.listAssessments().list(AssessmentQuery.all(), PageRequest.first()).items()).hasSize(1);
    }

    @Test
    void aStepOnNoStoredAssessmentIsNotFound() {
        assertThatThrownBy(() -> step("no-such", new CityStep.Decision("overallJudgment", yes("x"))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_FOUND));
    }

    @Test
    void severalStepsAreRecordedInOrderEachOnTheOneBefore() {
        String first = recordWithout("overallJudgment");
        java.util.List<RecordedAssessment> done = records.recordCityStep().recordAll(java.util.List.of(
                StepToRecord.on(first, new CityStep.Decision("overallJudgment", yes("信頼できる"))),
                new StepToRecord(null, null, new CityStep.Decision("supplierEvaluation", yes("問題ない")), null, null)),
                Fixtures.ACTOR);
        assertThat(done).hasSize(2);
        assertThat(done.get(0).summary().previousId()).isEqualTo(first);
        assertThat(done.get(1).summary().previousId()).isEqualTo(done.get(0).summary().id());
        assertThat(finding(done.get(1), "ASR-10").status()).isEqualTo("MET");
        assertThat(records.listAssessments().list(AssessmentQuery.all(), PageRequest.first()).items()).hasSize(3);
    }

    @Test
    void aBadLaterStepIsNamedByItsPlaceAndNoStepIsRecorded() {
        String first = recordWithout("riskDecisions");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> records.recordCityStep().recordAll(java.util.List.of(
                        StepToRecord.on(first, new CityStep.Decision("overallJudgment", yes("信頼できる"))),
                        new StepToRecord(null, "someone", new CityStep.RiskDecision(new RiskDecisionDto("R99",
                                Treatment.ACCEPT, "x", null, null, null, null)), null, null),
                        new StepToRecord(null, null, new CityStep.Decision("contractorChange", yes("x")), null, null)),
                        Fixtures.ACTOR));
        assertThat(e.violations()).extracting(Violation::path).contains("$.steps[1].expectedLatestId",
                "$.steps[1].riskDecision.riskId", "$.steps[2].field");
        assertThat(e.violations()).extracting(Violation::path).noneMatch(p -> p.startsWith("$.steps[0]"));
        assertThat(records.listAssessments().list(AssessmentQuery.all(), PageRequest.first()).items()).hasSize(1);
    }
}
