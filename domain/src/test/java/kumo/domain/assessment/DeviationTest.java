package kumo.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Status;
import kumo.domain.catalogue.Texts;
import kumo.domain.plan.Decision;
import kumo.domain.plan.Deviation;
import kumo.domain.plan.Outcome;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * Deviations from the example lists of §2ウ / §2エ (policy-model §4 "Deviable"): an approved deviation
 * makes the finding DEVIATED, one not yet approved keeps it PENDING, and only deviable rows can deviate.
 */
class DeviationTest {

    private static Deviation approved(String id) {
        return new Deviation(id, "閉域網のみで利用し、接続点を持たない設計のため。", true, "情報セキュリティ管理者", Scenario.DECIDED_ON);
    }

    private static Scenario sec03NotMet() {
        return Scenario.eligible().with(s -> s.security.connectionPointMonitored = false);
    }

    @Test
    void anApprovedDeviationOnADeviableRowIsDeviated() {
        Assessment a = sec03NotMet().with(s -> s.deviations.add(approved("SEC-03"))).assess();
        Finding f = a.finding("SEC-03");
        assertThat(f.status()).isEqualTo(Status.DEVIATED);
        assertThat(f.ruleStatus()).isEqualTo(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void aDeviationNotYetApprovedIsPending() {
        for (Deviation d : new Deviation[] {
            new Deviation("SEC-03", "理由", null, "情報セキュリティ管理者", Scenario.DECIDED_ON),
            new Deviation("SEC-03", "理由", false, "情報セキュリティ管理者", Scenario.DECIDED_ON),
            new Deviation("SEC-03", " ", true, "情報セキュリティ管理者", Scenario.DECIDED_ON),
            new Deviation("SEC-03", "理由", true, null, Scenario.DECIDED_ON),
            new Deviation("SEC-03", "理由", true, "情報セキュリティ管理者", null)}) {
            Assessment a = sec03NotMet().with(s -> s.deviations.add(d)).assess();
            assertThat(a.finding("SEC-03").status()).as(d.toString()).isEqualTo(Status.PENDING);
            assertThat(a.verdict()).as(d.toString()).isEqualTo(Verdict.CONDITIONAL);
            assertThat(a.nextActions()).anyMatch(n -> n.target().equals("SEC-03") && n.type() == ActionType.APPROVE_DEVIATION);
            assertThat(a.finding("SEC-03").deviationOutcome()).as(d.toString()).isEqualTo(DeviationOutcome.NOT_APPROVED);
            assertThat(a.finding("SEC-03").reasons()).as(d.toString()).contains(Message.of("finding.deviationNotApproved"));
        }
    }

    /** A complete approval dated after the assessment date is said to be that, not "approval missing". */
    @Test
    void aDeviationApprovedAfterTheAssessmentDateSaysSoAndAsksToAssessAgain() {
        LocalDate later = Scenario.DATE.plusDays(1);
        Assessment a = sec03NotMet().with(s -> s.deviations.add(
                new Deviation("SEC-03", "理由", true, "情報セキュリティ管理者", later))).assess();
        Finding f = a.finding("SEC-03");
        assertThat(f.status()).isEqualTo(Status.PENDING);
        assertThat(f.deviationOutcome()).isEqualTo(DeviationOutcome.APPROVED_AFTER_ASSESSMENT_DATE);
        assertThat(f.reasons()).contains(Message.of("finding.deviationApprovedAfterDate", later, Scenario.DATE))
                .doesNotContain(Message.of("finding.deviationNotApproved"));
        NextAction n = a.nextActions().stream().filter(x -> x.target().equals("SEC-03")).findFirst().orElseThrow();
        assertThat(n.type()).isEqualTo(ActionType.REASSESS);
        assertThat(n.blocking()).isTrue();
        Texts texts = CatalogueV1.catalogue().texts();
        for (Language l : Language.values()) {
            String afterDate = Message.of("finding.deviationApprovedAfterDate", later, Scenario.DATE).render(texts, l);
            String missing = Message.of("finding.deviationNotApproved").render(texts, l);
            assertThat(afterDate).as(l.name()).contains("2024-04-02").contains("2024-04-01").isNotEqualTo(missing);
            assertThat(n.text().render(texts, l)).as(l.name()).contains("2024-04-02")
                    .isNotEqualTo(Message.of("action.approveDeviation", "SEC-03").render(texts, l));
        }
    }

    /** A deviation the rule refuses (§4(3) encryption at rest of sensitive information) stays on the finding. */
    @Test
    void aRefusedDeviationIsCarriedInTheFindingAsNotAccepted() {
        Assessment a = Scenario.eligible().with(s -> {
            s.personalData = true;
            s.security.encryptionAtRest = false;
            s.deviations.add(approved("SEC-07"));
        }).assess();
        Finding f = a.finding("SEC-07");
        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.deviation()).isNotNull().extracting(Deviation::requirementId).isEqualTo("SEC-07");
        assertThat(f.deviationOutcome()).isEqualTo(DeviationOutcome.NOT_DEVIABLE);
        assertThat(f.deviationOutcome().accepted()).isFalse();
        assertThat(f.reasons()).contains(Message.of("finding.deviationNotAllowed"));
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(a.nextActions()).filteredOn(n -> n.target().equals("SEC-07")).singleElement()
                .matches(NextAction::blocking).matches(n -> n.type() != ActionType.APPROVE_DEVIATION);
    }

    @Test
    void aDeviationOnANonDeviableRowIsIgnored() {
        Assessment a = Scenario.eligible().with(s -> {
            s.security.encryptionInTransit = false;
            s.deviations.add(approved("NET-01"));
            s.deviations.add(approved("NOPE-01"));
        }).assess();
        assertThat(a.finding("NET-01").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("NET-01").deviation()).isNull();
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aDeviationOnAMetRequirementChangesNothing() {
        Assessment a = Scenario.eligible().with(s -> s.deviations.add(approved("SEC-03"))).assess();
        assertThat(a.finding("SEC-03").status()).isEqualTo(Status.MET);
        assertThat(a.finding("SEC-03").deviation()).isNull();
    }

    @Test
    void aDeviationCoversAnUnknownOrPendingFindingToo() {
        Assessment unknown = Scenario.eligible().with(s -> {
            s.security.connectionPointMonitored = null;
            s.deviations.add(approved("SEC-03"));
        }).assess();
        assertThat(unknown.finding("SEC-03").status()).isEqualTo(Status.DEVIATED);
        Assessment pending = Scenario.eligible().with(s -> {
            s.providerHandlingConfirmed = null;
            s.deviations.add(approved("SEC-04"));
        }).assess();
        assertThat(pending.finding("SEC-04").status()).isEqualTo(Status.DEVIATED);
    }

    /**
     * The assessment is of one date: a deviation approved after it does not exist yet and must not
     * hide the deviation that was approved on it (the same holds for consultations and scope checks,
     * which the engine already filters by date).
     */
    @Test
    void aDeviationApprovedAfterTheAssessmentDateDoesNotHideTheOneApprovedBefore() {
        Assessment a = sec03NotMet().with(s -> {
            s.deviations.add(approved("SEC-03"));
            s.deviations.add(new Deviation("SEC-03", "理由を改訂した。", true, "情報セキュリティ管理者",
                    Scenario.DATE.plusDays(20)));
        }).assess();
        assertThat(a.finding("SEC-03").status()).isEqualTo(Status.DEVIATED);
    }

    // ---- request format 2: a deviation the approver refused

    private static Deviation refused(String id) {
        return new Deviation(id, "閉域網のみで利用し、接続点を持たない設計のため。", true,
                new Decision(Outcome.NO, "接続点の監視は省略できない。", "情報セキュリティ管理者", Scenario.DECIDED_ON));
    }

    @Test
    void aRefusedDeviationIsNotADeviationAndTheRulesOwnFindingStands() {
        Assessment a = sec03NotMet().with(s -> s.deviations.add(refused("SEC-03"))).assess();
        Finding f = a.finding("SEC-03");

        assertThat(f.status()).isEqualTo(Status.NOT_MET);
        assertThat(f.ruleStatus()).isEqualTo(Status.NOT_MET);
        assertThat(f.deviation()).as("the refusal is recorded on the finding").isEqualTo(refused("SEC-03"));
        assertThat(f.reasons()).anyMatch(m -> m.key().equals("finding.deviationRefused")
                && m.args().get(0).equals("情報セキュリティ管理者"));
        assertThat(f.reasons()).noneMatch(m -> m.key().equals("finding.deviated") || m.key().equals("finding.deviationNotApproved"));
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(a.nextActions()).filteredOn(n -> n.target().equals("SEC-03"))
                .allMatch(n -> n.type() != ActionType.APPROVE_DEVIATION);
    }

    @Test
    void aRefusedDeviationOnAPendingCityStepKeepsItPendingWithTheStepsOwnAction() {
        Assessment a = Scenario.eligible().with(s -> {
            s.providerHandlingConfirmed = null;
            s.deviations.add(refused("SEC-04"));
        }).assess();

        assertThat(a.finding("SEC-04").status()).isEqualTo(Status.PENDING);
        assertThat(a.nextActions()).filteredOn(n -> n.target().equals("SEC-04"))
                .singleElement().satisfies(n -> {
                    assertThat(n.type()).isEqualTo(ActionType.RECORD_STEP);
                    assertThat(n.text().key()).isEqualTo("SEC-04.action");
                });
    }

    @Test
    void anApprovedDeviationStillWinsOverARefusedOneForTheSameItem() {
        Assessment a = sec03NotMet().with(s -> {
            s.deviations.add(refused("SEC-03"));
            s.deviations.add(approved("SEC-03"));
        }).assess();
        assertThat(a.finding("SEC-03").status()).isEqualTo(Status.DEVIATED);
    }

    @Test
    void aDeviationWithADecisionNotYetTakenAwaitsApproval() {
        Assessment a = sec03NotMet().with(s -> s.deviations.add(new Deviation("SEC-03", "理由", true,
                new Decision(null, null, "情報セキュリティ管理者", null)))).assess();
        assertThat(a.finding("SEC-03").status()).isEqualTo(Status.PENDING);
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals("SEC-03") && n.type() == ActionType.APPROVE_DEVIATION);
    }

    @Test
    void theFormat1ShapeMapsOntoAnApproval() {
        Deviation v1 = approved("SEC-03");
        assertThat(v1.decision().outcome()).isEqualTo(Outcome.YES);
        assertThat(v1.approvedBy()).isEqualTo("情報セキュリティ管理者");
        assertThat(v1.approvedOn()).isEqualTo(Scenario.DECIDED_ON);
        assertThat(v1.refused()).isFalse();
        assertThat(new Deviation("SEC-03", "理由", true, null, null).decision()).isNull();
        assertThat(refused("SEC-03").approvedBy()).isNull();
    }
}
