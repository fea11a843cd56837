package kumo.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Status;
import kumo.domain.catalogue.Texts;
import kumo.domain.classification.Confidentiality;
import kumo.domain.plan.ContractorChange;
import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.system.Purpose;

/**
 * Next actions as a new user follows them: out of scope nothing blocks; a conditional requirement whose
 * condition is unknown first asks the question that decides it; a lost exemption that the city or the
 * provider can bring back leads with that path; the actions are ordered by what moves the verdict, and
 * no action's words contradict its blocking flag.
 */
class NextActionsTest {

    private static final Texts TEXTS = CatalogueV1.catalogue().texts();

    private static NextAction only(Assessment a, String target) {
        List<NextAction> found = a.nextActions().stream().filter(n -> n.target().equals(target)).toList();
        assertThat(found).as("one action for " + target + " in " + a.nextActions()).hasSize(1);
        return found.get(0);
    }

    private static String en(NextAction n) {
        return n.text().render(TEXTS, Language.EN);
    }

    // ------------------------------------------------------------------ out of scope

    @Test
    void outOfScopeNothingBlocksAndTheAdviceKeepsTheOrderOfWhatWouldMoveTheVerdict() {
        Scenario s = Scenario.eligible().with(x -> {
            x.confidentiality = Confidentiality.C1;
            x.countries = List.of("US");           // LAW-01 not met: would be NOT_ELIGIBLE
            x.consultations = new ArrayList<>();   // PROC-02/03 pending (no exemption lifts them here)
            x.ismapRegistrations = new ArrayList<>();
            x.undecide("R02");                     // a risk without decision
        });
        Assessment a = s.assess();

        assertThat(a.verdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
        assertThat(a.nextActions()).isNotEmpty().noneMatch(NextAction::blocking)
                .allMatch(n -> n.stage() == Verdict.ELIGIBLE);
        List<String> order = a.nextActions().stream().map(NextAction::target).toList();
        assertThat(order).containsSubsequence("LAW-01", "PROC-02", "R02");

        // the same plan in scope blocks on them
        Assessment inScope = s.with(x -> x.confidentiality = Confidentiality.C2).assess();
        assertThat(only(inScope, "LAW-01").blocking()).isTrue();
        assertThat(only(inScope, "R02").blocking()).isTrue();
    }

    // ------------------------------------------------------------------ conditional requirements: ask first

    /** An early look: nothing known about contractor change, ISMAP listing or audit reports. */
    private static Scenario early() {
        return Scenario.eligible().with(s -> {
            s.contractorChange = new ContractorChange(null, null, null);
            s.ismapRegistrations = null;
            s.auditReports = null;
            s.scopeChecks.removeIf(c -> c.evidenceId().startsWith("C21"));
        });
    }

    @Test
    void aConditionalRequirementWhoseConditionIsUnknownAsksTheDecidingQuestionFirst() {
        Assessment a = early().assess();
        for (String id : List.of("PROC-04", "PROC-05", "ASR-06")) {
            assertThat(a.finding(id).status()).as(id).isEqualTo(Status.UNKNOWN);
            NextAction n = only(a, id);
            assertThat(n.type()).as(id).isEqualTo(ActionType.DETERMINE_APPLICABILITY);
            assertThat(n.blocking()).as(id).isTrue();
            assertThat(n.stage()).as(id).isEqualTo(Verdict.INCOMPLETE);
            assertThat(n.text().key()).as(id).isEqualTo(id + ".question");
        }
        assertThat(en(only(a, "PROC-04"))).startsWith("Is the contractor").contains("changing");
        assertThat(en(only(a, "PROC-05"))).startsWith("Is the service on the ISMAP cloud service list").contains("2024-04-01");
        assertThat(en(only(a, "ASR-06"))).startsWith("Is a SOC 2 / SOC 3 / JICPA IT7 report");
        assertThat(only(a, "PROC-05").text().render(TEXTS, Language.JA)).contains("ISMAPクラウドサービスリストに掲載され");
    }

    @Test
    void anIsmapRegistrationOfUnknownExpiryAsksWhetherItIsValid() {
        Assessment a = Scenario.eligible().with(s -> s.ismapRegistrations = new ArrayList<>(List.of(
                new IsmapRegistration(IsmapList.ISMAP, "C21-0001-1", "Example Cloud", LocalDate.of(2021, 6, 1), null)))).assess();
        assertThat(only(a, "PROC-05").text().key()).isEqualTo("PROC-05.questionValidity");
    }

    @Test
    void onceTheConditionIsKnownTheRecordItselfIsAskedFor() {
        Assessment a = Scenario.eligible().with(s -> s.contractorChange = new ContractorChange(true, "Old Cloud", null)).assess();
        assertThat(only(a, "PROC-04").type()).isNotEqualTo(ActionType.DETERMINE_APPLICABILITY);
        assertThat(only(a, "PROC-04").text().key()).isNotEqualTo("PROC-04.question");
    }

    // ------------------------------------------------------------------ paths through exemptions

    /** Surveillance video on a service not ISMAP-listed, no consultation held. */
    private static Scenario video() {
        return Scenario.eligible().withoutExemptions().with(s -> {
            s.purpose = Purpose.VIDEO_SURVEILLANCE_STORAGE;
            s.consultations = new ArrayList<>();
        });
    }

    @Test
    void logRetentionThatAloneKeepsTheVideoExemptionAwayLeadsAndIsNotAdvice() {
        Assessment a = video().with(s -> s.security.logRetentionDays = 90).assess();

        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThat(a.finding("PROC-02").status()).isEqualTo(Status.PENDING);
        NextAction first = a.nextActions().get(0);
        assertThat(first.target()).isEqualTo("SEC-02");
        assertThat(first.type()).isEqualTo(ActionType.RESTORE_EXEMPTION);
        assertThat(first.blocking()).isTrue();
        assertThat(first.stage()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(en(first)).contains("EXM-VIDEO").contains("PROC-02, PROC-03 are exempt, so no consultation with the CIO advisor (PROC-02, PROC-03) is needed.")
                .doesNotContainIgnoringCase("recommended");
        assertThat(first.text().render(TEXTS, Language.JA)).contains("EXM-VIDEO").contains("CIO補佐官");
        only(a, "SEC-02"); // replaces the advisory, not beside it
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals("PROC-02") && n.type() == ActionType.HOLD_CONSULTATION);
    }

    @Test
    void noVideoPathWhenTheConsultationsAreHeldOrAnItemNeedsAnotherService() {
        Assessment held = video().with(s -> {
            s.security.logRetentionDays = 90;
            s.consultations = Scenario.eligible().consultations;
        }).assess();
        assertThat(only(held, "SEC-02").blocking()).as("nothing open left to settle").isFalse();
        assertThat(only(held, "SEC-02").type()).isEqualTo(ActionType.CONSIDER);

        Assessment otherService = video().with(s -> {
            s.security.logRetentionDays = 90;
            s.certifications.removeIf(c -> c.id().equals("IS-27001")); // ASR-02: only another service has it
        }).assess();
        assertThat(otherService.nextActions()).noneMatch(n -> n.type() == ActionType.RESTORE_EXEMPTION);
        assertThat(only(otherService, "SEC-02").blocking()).isFalse();
    }

    /** The ISMAP registration lapsed the day before the assessment; no consultation held, no list reason. */
    private static Scenario lapsedIsmap() {
        return Scenario.eligible().with(s -> {
            s.ismapRegistrations = new ArrayList<>(List.of(new IsmapRegistration(IsmapList.ISMAP, "C21-0001-1",
                    "Example Cloud", LocalDate.of(2021, 6, 1), Scenario.DATE.minusDays(1))));
            s.consultations = new ArrayList<>();
        });
    }

    @Test
    void aLapsedIsmapRegistrationLeadsWithItsRenewal() {
        Assessment a = lapsedIsmap().assess();

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        NextAction first = a.nextActions().get(0);
        assertThat(first.target()).isEqualTo("EXM-ISMAP");
        assertThat(first.type()).isEqualTo(ActionType.RESTORE_EXEMPTION);
        assertThat(first.blocking()).isTrue();
        assertThat(first.stage()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(en(first)).startsWith("Obtain the renewed ISMAP registration").contains("2024-03-31")
                .contains("PROC-02, PROC-03, PROC-05").contains("CIO advisor");
    }

    @Test
    void whenTheLapseAlsoFailsAsr01TheRenewalStillComesBeforeChoosingAnotherService() {
        Assessment a = lapsedIsmap().with(s -> s.certifications.removeIf(c -> c.id().equals("CLOUD-27017"))).assess();

        assertThat(a.finding("ASR-01").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.nextActions().get(0).target()).isEqualTo("EXM-ISMAP");
        assertThat(a.nextActions().get(0).stage()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(a.nextActions().get(1).target()).isEqualTo("ASR-01");
        assertThat(en(a.nextActions().get(0))).contains("ASR-01");
    }

    @Test
    void noRenewalPathForAnIsmapLiuRegistrationOrWhenNothingOpenWouldChange() {
        Assessment liu = Scenario.eligible().with(s -> {
            s.ismapRegistrations = new ArrayList<>(List.of(new IsmapRegistration(IsmapList.ISMAP_LIU, "L22-0001-1",
                    "Example Cloud", LocalDate.of(2022, 6, 1), LocalDate.of(2099, 12, 31))));
            s.consultations = new ArrayList<>();
        }).assess();
        assertThat(liu.nextActions()).noneMatch(n -> n.type() == ActionType.RESTORE_EXEMPTION);

        Assessment settled = lapsedIsmap().with(s -> {
            s.consultations = Scenario.eligible().consultations;
            s.ismapDifficultyReason = Scenario.yes();
        }).assess();
        assertThat(settled.nextActions()).noneMatch(n -> n.type() == ActionType.RESTORE_EXEMPTION);
    }

    @Test
    void evidenceForAPossibleExemptionThatWouldSettleOpenFindingsBlocks() {
        Assessment a = early().with(s -> s.consultations = new ArrayList<>()).assess();
        NextAction ismap = only(a, "EXM-ISMAP");
        assertThat(ismap.blocking()).isTrue();
        assertThat(ismap.stage()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(en(ismap)).contains("may apply").contains("PROC-02, PROC-03");
    }

    // ------------------------------------------------------------------ order and words

    static List<Assessment> assessments() {
        List<Assessment> all = new ArrayList<>();
        all.add(early().assess());
        all.add(early().with(s -> s.consultations = new ArrayList<>()).assess());
        all.add(video().with(s -> s.security.logRetentionDays = 90).assess());
        all.add(lapsedIsmap().assess());
        all.add(lapsedIsmap().with(s -> s.certifications.removeIf(c -> c.id().equals("CLOUD-27017"))).assess());
        all.add(Scenario.eligible().with(s -> {
            s.confidentiality = Confidentiality.C1;
            s.countries = List.of("US");
        }).assess());
        return all;
    }

    private static final List<String> ADVICE_WORDS = List.of("recommended", "does not affect", "not required", "advice",
            "推奨", "影響しない", "助言");

    @Test
    void actionsAreOrderedByWhatMovesTheVerdictAndNoTextContradictsItsFlag() {
        for (Assessment a : assessments()) {
            Verdict last = Verdict.OUT_OF_SCOPE;
            boolean advice = false;
            for (NextAction n : a.nextActions()) {
                if (n.blocking()) {
                    assertThat(advice).as("blocking before advice: " + n).isFalse();
                    assertThat(n.stage()).as("by stage: " + n).isGreaterThanOrEqualTo(last);
                    last = n.stage();
                    for (Language l : Language.values()) {
                        String text = n.text().render(TEXTS, l).toLowerCase(Locale.ROOT);
                        assertThat(ADVICE_WORDS).as(n.target() + " blocks, yet reads as advice: " + text)
                                .noneMatch(text::contains);
                    }
                } else {
                    advice = true;
                    assertThat(a.inScope() ? n.type() : ActionType.CONSIDER).as("advice is not a step that moves the verdict: " + n)
                            .isNotIn(ActionType.RESTORE_EXEMPTION, ActionType.DETERMINE_APPLICABILITY);
                }
            }
        }
    }
}
