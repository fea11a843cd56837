package kumo.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kumo.domain.catalogue.Status;
import kumo.domain.classification.Confidentiality;
import kumo.domain.plan.ScopeCheck;
import kumo.domain.service.CertificationType;
import kumo.domain.service.Certification;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.system.Purpose;

/**
 * The exemptions of §4(6) and §4(7) (policy-model §6): each one APPLIED, POSSIBLE and NOT_APPLICABLE,
 * what they lift (only §4(2) and §4(4)), and what they never lift.
 */
class ExemptionTest {

    private static final List<String> SECTION_4_2_AND_4_4 = List.of("LAW-01", "LAW-03", "ASR-01", "ASR-08", "PROC-02", "PROC-03");
    private static final List<String> SECTION_4_4 = List.of("PROC-02", "PROC-03");
    private static final List<String> NEVER_EXEMPT = List.of("LAW-06", "SEC-14", "ASR-10", "ASR-11");

    /** A service that fails every requirement §4(2) and §4(4) ask for, and no consultation held. */
    private static void failsSection4_2And4_4(Scenario s) {
        s.countries = List.of("JP", "US");
        s.jurisdictionJapan = false;
        s.certifications = new ArrayList<>(List.of(new Certification("IS-27001", CertificationType.ISO_27001, "x", "x",
                LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31))));
        s.generallyAvailableSince = Scenario.DATE.minusMonths(3);
        s.consultations = new ArrayList<>();
    }

    private static void assertExempted(Assessment a, String exemption, List<String> ids) {
        for (String id : ids) {
            Finding f = a.finding(id);
            assertThat(f.status()).as(id + " under " + exemption).isEqualTo(Status.EXEMPT);
            assertThat(f.exemptionId()).as(id).isEqualTo(exemption);
        }
    }

    private static void assertNotExempted(Assessment a, List<String> ids) {
        for (String id : ids) {
            assertThat(a.finding(id).status()).as(id).isNotEqualTo(Status.EXEMPT);
            assertThat(a.finding(id).status()).as(id + " is evaluated normally").isEqualTo(a.finding(id).ruleStatus());
        }
    }

    // ------------------------------------------------------------------ EXM-LGWAN (§4(6))

    @Test
    void lgwanAspIsAppliedAndSwitchesOffSection4_2And4_4() {
        Assessment a = Scenario.eligible().withoutExemptions()
                .with(s -> s.deployment = Deployment.LGWAN_ASP).with(ExemptionTest::failsSection4_2And4_4).assess();
        assertThat(a.exemption("EXM-LGWAN").state()).isEqualTo(ExemptionState.APPLIED);
        assertExempted(a, "EXM-LGWAN", SECTION_4_2_AND_4_4);
        assertThat(a.finding("LAW-01").ruleStatus()).as("the rule's own finding is kept").isEqualTo(Status.NOT_MET);
        assertThat(a.finding("ASR-01").ruleStatus()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("PROC-02").ruleStatus()).isEqualTo(Status.PENDING);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void lgwanAspIsPossibleWhenTheDeploymentIsUnknownAndNothingIsExempted() {
        Assessment a = Scenario.eligible().withoutExemptions()
                .with(s -> s.deployment = null).with(ExemptionTest::failsSection4_2And4_4).assess();
        assertThat(a.exemption("EXM-LGWAN").state()).isEqualTo(ExemptionState.POSSIBLE);
        assertNotExempted(a, SECTION_4_2_AND_4_4);
        assertThat(a.finding("LAW-01").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        // it would settle LAW-01 and the rest, which block now: asking for the evidence can move the verdict
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals("EXM-LGWAN") && n.blocking()
                && n.stage() == Verdict.NOT_ELIGIBLE && n.type() == ActionType.OBTAIN_EVIDENCE);
    }

    @Test
    void lgwanAspIsNotApplicableToOtherDeployments() {
        for (Deployment d : List.of(Deployment.PUBLIC_CLOUD, Deployment.PRIVATE)) {
            Assessment a = Scenario.eligible().withoutExemptions().with(s -> s.deployment = d)
                    .with(ExemptionTest::failsSection4_2And4_4).assess();
            assertThat(a.exemption("EXM-LGWAN").state()).as(d.name()).isEqualTo(ExemptionState.NOT_APPLICABLE);
            assertNotExempted(a, SECTION_4_2_AND_4_4);
        }
    }

    @Test
    void lgwanAspNeverLiftsTheStepsOfSection2AndSection4_3() {
        Assessment a = Scenario.eligible().withoutExemptions().with(s -> {
            s.deployment = Deployment.LGWAN_ASP;
            s.foreignLawEvaluation = null;
            s.flowWideSecurityDesign = null;
            s.overallJudgment = null;
            s.policyConformance = null;
        }).assess();
        assertThat(a.exemption("EXM-LGWAN").state()).isEqualTo(ExemptionState.APPLIED);
        for (String id : NEVER_EXEMPT) {
            assertThat(a.finding(id).status()).as(id + " is never exempt").isEqualTo(Status.PENDING);
        }
        assertThat(a.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    // ------------------------------------------------------------------ EXM-ISMAP (§4(7))

    @Test
    void anIsmapListedServiceIsAppliedAndSwitchesOffSection4_2And4_4() {
        Assessment a = Scenario.eligible().with(ExemptionTest::failsSection4_2And4_4).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
        assertExempted(a, "EXM-ISMAP", SECTION_4_2_AND_4_4);
        assertThat(a.finding("PROC-05").status()).as("on the list: no reason needed").isEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void ismapIsPossibleWhenTheRegistrationsAreUnknown() {
        Assessment a = Scenario.eligible().with(ExemptionTest::failsSection4_2And4_4)
                .with(s -> s.ismapRegistrations = null).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.POSSIBLE);
        assertNotExempted(a, SECTION_4_2_AND_4_4);
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals("EXM-ISMAP") && n.blocking());
    }

    @Test
    void ismapIsNotApplicableWhenTheServiceIsNotListed() {
        Assessment a = Scenario.eligible().withoutExemptions().with(ExemptionTest::failsSection4_2And4_4).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertNotExempted(a, SECTION_4_2_AND_4_4);
        assertThat(a.finding("PROC-05").status()).as("the reason for leaving the list is recorded").isEqualTo(Status.MET);
    }

    @Test
    void anIsmapLiuRegistrationDoesNotQualify() {
        Assessment a = Scenario.eligible().with(ExemptionTest::failsSection4_2And4_4).with(s -> s.ismapRegistrations = new ArrayList<>(
                List.of(new IsmapRegistration(IsmapList.ISMAP_LIU, "L23-0001", "Example SaaS", LocalDate.of(2023, 1, 1),
                        LocalDate.of(2099, 12, 31))))).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertNotExempted(a, SECTION_4_2_AND_4_4);
        assertThat(a.finding("ASR-01").status()).as("ISMAP-LIU is no cloud security certification for 機密性2+")
                .isEqualTo(Status.NOT_MET);
        assertThat(a.finding("PROC-05").status()).as("not on the ISMAP list: the reason is needed").isEqualTo(Status.PENDING);
    }

    @Test
    void anExpiredOrNotYetValidRegistrationDoesNotQualify() {
        for (IsmapRegistration r : List.of(
                new IsmapRegistration(IsmapList.ISMAP, "C21-0001-1", "x", LocalDate.of(2021, 6, 1), Scenario.DATE.minusDays(1)),
                new IsmapRegistration(IsmapList.ISMAP, "C21-0001-1", "x", Scenario.DATE.plusDays(1), LocalDate.of(2099, 1, 1)))) {
            Assessment a = Scenario.eligible().with(s -> s.ismapRegistrations = new ArrayList<>(List.of(r))).assess();
            assertThat(a.exemption("EXM-ISMAP").state()).as(r.toString()).isEqualTo(ExemptionState.NOT_APPLICABLE);
            assertThat(a.exemption("EXM-ISMAP").reasons()).as(r.toString())
                    .anyMatch(m -> m.key().equals("EXM-ISMAP.notValid"));
            assertNotExempted(a, SECTION_4_2_AND_4_4);
        }
    }

    @Test
    void aRegistrationOfUnknownValidityMakesTheExemptionPossibleNotApplied() {
        IsmapRegistration r = new IsmapRegistration(IsmapList.ISMAP, "C21-0001-1", "x", LocalDate.of(2021, 6, 1), null);
        Assessment a = Scenario.eligible().with(ExemptionTest::failsSection4_2And4_4)
                .with(s -> s.ismapRegistrations = new ArrayList<>(List.of(r))).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).as("unknown validity is not expired").isEqualTo(ExemptionState.POSSIBLE);
        assertThat(a.exemption("EXM-ISMAP").reasons()).anyMatch(m -> m.key().equals("EXM-ISMAP.validityUnknown"));
        assertNotExempted(a, SECTION_4_2_AND_4_4);
        assertThat(a.nextActions()).anyMatch(n -> n.target().equals("EXM-ISMAP") && n.blocking()
                && n.type() == ActionType.OBTAIN_EVIDENCE);
    }

    @Test
    void aRegistrationWithoutRegistrationDateButValidLaterQualifies() {
        IsmapRegistration r = new IsmapRegistration(IsmapList.ISMAP, "C21-0001-1", "x", null, LocalDate.of(2099, 1, 1));
        Assessment a = Scenario.eligible().with(ExemptionTest::failsSection4_2And4_4)
                .with(s -> s.ismapRegistrations = new ArrayList<>(List.of(r))).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
        assertExempted(a, "EXM-ISMAP", SECTION_4_2_AND_4_4);
    }

    @Test
    void aRegistrationFoundNotToCoverTheServiceDoesNotQualify() {
        Assessment a = Scenario.eligible().with(ExemptionTest::failsSection4_2And4_4).with(s -> {
            s.scopeChecks.removeIf(c -> c.evidenceId().equals("C21-0001-1"));
            s.scopeChecks.add(new ScopeCheck("C21-0001-1", false, "情報政策課", Scenario.DECIDED_ON));
        }).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).as("out-of-scope evidence is not relied on")
                .isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertNotExempted(a, SECTION_4_2_AND_4_4);
    }

    @Test
    void theIsmapRouteIsNotInForceBefore12March2021() {
        Consumer<Scenario> registeredEarly = s -> s.ismapRegistrations = new ArrayList<>(List.of(new IsmapRegistration(
                IsmapList.ISMAP, "C21-0001-1", "x", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31))));
        Assessment before = Scenario.eligible().with(registeredEarly).with(s -> s.date = LocalDate.of(2021, 3, 11)).assess();
        assertThat(before.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertNotExempted(before, SECTION_4_2_AND_4_4);
        assertThat(before.finding("PROC-05").status()).as("no route, no reason to record").isEqualTo(Status.NOT_APPLICABLE);

        Assessment onTheDay = Scenario.eligible().with(registeredEarly).with(s -> s.date = LocalDate.of(2021, 3, 12)).assess();
        assertThat(onTheDay.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
        assertExempted(onTheDay, "EXM-ISMAP", SECTION_4_2_AND_4_4);
    }

    @Test
    void theIsmapRouteCanBeSwitchedOffByTheCatalogueParameter() {
        Assessment a = Scenario.eligible().with(s -> s.parameters = p -> p.withIsmapRouteFrom(null)).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThat(a.finding("PROC-05").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void ismapNeverLiftsAProhibition() {
        Assessment secret = Scenario.eligible().with(s -> s.confidentiality = Confidentiality.C3).assess();
        assertThat(secret.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
        assertThat(secret.finding("ENT-01").status()).isEqualTo(Status.NOT_MET);
        assertThat(secret.verdict()).isEqualTo(Verdict.PROHIBITED);

        Assessment myNumber = Scenario.eligible().with(s -> s.myNumber = true).assess();
        assertThat(myNumber.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
        assertThat(myNumber.finding("ENT-02").status()).isEqualTo(Status.NOT_MET);
        assertThat(myNumber.verdict()).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void ismapNeverLiftsTheNeverExemptSteps() {
        Assessment a = Scenario.eligible().with(s -> {
            s.foreignLawEvaluation = Scenario.no();
            s.flowWideSecurityDesign = null;
            s.overallJudgment = null;
            s.policyConformance = null;
        }).assess();
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
        assertThat(a.finding("LAW-06").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.finding("SEC-14").status()).isEqualTo(Status.PENDING);
        assertThat(a.finding("ASR-10").status()).isEqualTo(Status.PENDING);
        assertThat(a.finding("ASR-11").status()).isEqualTo(Status.PENDING);
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    // ------------------------------------------------------------------ EXM-VIDEO (§4(6))

    /** Surveillance video on a service that meets every 別紙 item, no ISMAP listing, no consultation held. */
    private static Scenario video() {
        return Scenario.eligible().withoutExemptions().with(s -> {
            s.purpose = Purpose.VIDEO_SURVEILLANCE_STORAGE;
            s.consultations = new ArrayList<>();
        });
    }

    @Test
    void surveillanceVideoMeetingEveryAnnexItemIsAppliedAndSwitchesOffOnlySection4_4() {
        Assessment a = video().assess();
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.APPLIED);
        assertExempted(a, "EXM-VIDEO", SECTION_4_4);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void theVideoExemptionKeepsSection4_2() {
        Assessment a = video().with(s -> {
            s.certifications = new ArrayList<>(List.of(new Certification("IS-27001", CertificationType.ISO_27001, "x", "x",
                    LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31))));
            s.generallyAvailableSince = Scenario.DATE.minusMonths(3);
        }).assess();
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.APPLIED);
        assertThat(a.finding("ASR-01").status()).as("§4(2) still applies under EXM-VIDEO").isEqualTo(Status.NOT_MET);
        assertThat(a.finding("ASR-08").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void theVideoExemptionIsPossibleWhenThePurposeIsUnknown() {
        Assessment a = video().with(s -> s.purpose = null).assess();
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.POSSIBLE);
        assertNotExempted(a, SECTION_4_4);
        assertThat(a.finding("PROC-02").status()).isEqualTo(Status.PENDING);
    }

    @Test
    void theVideoExemptionIsPossibleWhenAnAnnexItemIsUnknown() {
        Assessment a = video().with(s -> s.security.deletionThirdPartyAudit = null).assess();
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.POSSIBLE);
        assertThat(a.finding("SEC-08").status()).as("the §2エ form is still MET").isEqualTo(Status.MET);
        assertNotExempted(a, SECTION_4_4);
    }

    @Test
    void theVideoExemptionIsNotApplicableToOtherPurposes() {
        for (Purpose p : List.of(Purpose.GENERAL, Purpose.VIDEO_COMMUNICATION, Purpose.SPECIAL_PURPOSE_DEVICE)) {
            Assessment a = video().with(s -> s.purpose = p).assess();
            assertThat(a.exemption("EXM-VIDEO").state()).as(p.name()).isEqualTo(ExemptionState.NOT_APPLICABLE);
            assertNotExempted(a, SECTION_4_4);
        }
    }

    static Stream<Arguments> annexItemsNotMet() {
        return Stream.of(
                item("LAW-01", s -> s.backupCountries = List.of("SG")),
                item("LAW-02", s -> s.governingLawJapan = false),
                item("LAW-03", s -> s.jurisdictionJapan = false),
                item("LAW-04", s -> s.performancePlacesDisclosed = false),
                item("LAW-05", s -> s.dataOwnershipWithCity = false),
                item("EXIT-02", s -> s.continuity.noticePeriodDays = 0),
                item("EXIT-02 (§5 form: interruption)", s -> s.continuity.noticeCoversInterruption = false),
                item("EXIT-02 (§5 form: cancellation)", s -> s.continuity.noticeCoversCancellation = false),
                item("EXIT-07", s -> {
                    s.continuity.availabilitySlaPercent = null;
                    s.continuity.availabilitySlaOffered = false;
                }),
                item("EXIT-09", s -> s.generallyAvailable = false),
                item("SEC-02", s -> s.security.logRetentionDays = 90),
                item("SEC-05", s -> s.security.vulnerabilityCountermeasures = false),
                item("SEC-05 (§5 form: method presented)", s -> s.security.vulnerabilityDiscoveryMethodPresented = false),
                item("SEC-05 (§5 form: executable)", s -> s.security.vulnerabilityDiscoveryExecutable = false),
                item("SEC-08", s -> s.security.deletionOnRequest = false),
                item("SEC-08 (§5 form: irrecoverable)", s -> s.security.deletionIrrecoverable = false),
                item("SEC-08 (§5 form: third-party audit)", s -> s.security.deletionThirdPartyAudit = false),
                item("SEC-10", s -> s.security.noSecondaryUseDeclared = false),
                item("SEC-11", s -> s.security.remedyPresented = false),
                item("SEC-12", s -> s.security.responsibilitiesDefined = false),
                item("ASR-02", s -> s.certifications = new ArrayList<>(List.of(new Certification("CLOUD-27017",
                        CertificationType.ISO_27017, "x", "x", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31))))));
    }

    private static Arguments item(String name, Consumer<Scenario> change) {
        return Arguments.of(Named.of(name, change));
    }

    @ParameterizedTest
    @MethodSource("annexItemsNotMet")
    void theVideoExemptionIsNotApplicableWhenAnyAnnexItemIsNotMet(Consumer<Scenario> change) {
        Assessment a = video().with(change).assess();
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertNotExempted(a, SECTION_4_4);
        assertThat(a.finding("PROC-02").status()).isEqualTo(Status.PENDING);
        assertThat(a.finding("PROC-03").status()).isEqualTo(Status.PENDING);
    }

    @Test
    void theAnnexFormsAskMoreThanTheSection2Forms() {
        Assessment a = video().with(s -> {
            s.continuity.noticeCoversCancellation = false;
            s.security.vulnerabilityDiscoveryExecutable = false;
            s.security.deletionThirdPartyAudit = false;
        }).assess();
        assertThat(a.finding("EXIT-02").status()).as("§2ウ form").isEqualTo(Status.MET);
        assertThat(a.finding("SEC-05").status()).as("§2エ form").isEqualTo(Status.MET);
        assertThat(a.finding("SEC-08").status()).as("§2エ form").isEqualTo(Status.MET);
        assertThat(a.exemption("EXM-VIDEO").state()).as("but the 別紙 forms are NOT_MET").isEqualTo(ExemptionState.NOT_APPLICABLE);
    }

    @Test
    void anApprovedDeviationIsNotAnAnnexItemMet() {
        Assessment a = video().with(s -> {
            s.security.vulnerabilityCountermeasures = false;
            s.deviations = new ArrayList<>(List.of(new kumo.domain.plan.Deviation("SEC-05", "閉域網のみで利用する設計のため。",
                    true, "情報セキュリティ管理者", Scenario.DECIDED_ON)));
        }).assess();
        assertThat(a.finding("SEC-05").status()).isEqualTo(Status.DEVIATED);
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
    }

    @Test
    void theVideoExemptionNeverLiftsAProhibition() {
        Assessment a = video().with(s -> s.myNumber = true).assess();
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.APPLIED);
        assertThat(a.finding("ENT-02").status()).isEqualTo(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
    }

    // ------------------------------------------------------------------ together

    @Test
    void twoAppliedExemptionsExemptOnceEachRequirement() {
        Assessment a = Scenario.eligible().with(s -> {
            s.deployment = Deployment.LGWAN_ASP;
            s.purpose = Purpose.VIDEO_SURVEILLANCE_STORAGE;
        }).assess();
        assertThat(a.exemptions()).allSatisfy(e -> assertThat(e.state()).as(e.id()).isEqualTo(ExemptionState.APPLIED));
        for (String id : SECTION_4_2_AND_4_4) {
            assertThat(a.finding(id).status()).isEqualTo(Status.EXEMPT);
            assertThat(a.finding(id).exemptionId()).as(id + ": the first applied exemption in catalogue order").isEqualTo("EXM-LGWAN");
        }
    }
}
