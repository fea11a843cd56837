package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.assess;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Services.report;
import static kumo.domain.testdata.Services.soc2Type2;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.service.AuditOpinion;
import kumo.domain.service.AuditReport;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.CertificationType;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.service.IsmapScope;
import kumo.domain.service.TrustPrinciple;
import kumo.domain.testdata.Dates;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/**
 * ASR-01 (§4(2) 「クラウドセキュリティ認証等を必須とする」; kumo's reading): ISMAP, ISO/IEC 27017, JASA CS mark,
 * CSA STAR certification, or a current SOC 2 / SOC 3 / JICPA IT7 report with the Security principle.
 * ISO/IEC 27001 alone is not a cloud certification; ISMAP-LIU and expired evidence never count.
 * Evidence of unknown validity (or unknown principles or opinion) that could count makes the finding
 * UNKNOWN, not NOT_MET; evidence the city found out of scope (ASR-04) or judged unreliable (ASR-05) does
 * not count.
 */
class Asr01CloudSecurityCertificationTest {

    private final Asr01CloudSecurityCertification rule = new Asr01CloudSecurityCertification();

    /** Checked: nothing held; each test adds the one piece of evidence it is about. */
    private static Services nothingHeld() {
        return aService().noEvidence();
    }

    private RuleResult evaluateOn(Services service) {
        return evaluateOn(service, aPlan());
    }

    private RuleResult evaluateOn(Services service, Plans plan) {
        return evaluate(rule, aSystem(), service, plan);
    }

    @Test
    void validIsmapRegistrationIsMet() {
        assertThatResult(evaluateOn(nothingHeld().onIsmapList(DATE.plusMonths(6))))
                .isMet().hasReason("ASR-01.ismap").usedFact("evidence.ismapValid", true);
    }

    @Test
    void ismapLiuDoesNotCountForAsr01() {
        assertThatResult(evaluateOn(nothingHeld().onIsmapLiuList(DATE.plusMonths(6))))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.ismapValid", false);
    }

    @Test
    void ismapRegistrationExpiredTheDayBeforeDoesNotCount() {
        assertThatResult(evaluateOn(nothingHeld().onIsmapList(DATE.minusDays(1))))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.ismapValid", false);
    }

    @ParameterizedTest
    @EnumSource(value = CertificationType.class, names = {"ISO_27017", "JASA_CS_MARK", "CSA_STAR_CERTIFICATION"})
    void cloudSecurityCertificationsAreMet(CertificationType type) {
        assertThatResult(evaluateOn(nothingHeld().certification("C-1", type, DATE.plusYears(1))))
                .isMet().hasReason("ASR-01.certification", "@certificationType." + type.name()).usedFact("evidence.validCertifications", "[" + type + "]");
    }

    @Test
    void iso27001AloneIsNotACloudCertification() {
        assertThatResult(evaluateOn(nothingHeld().certification("IS-1", CertificationType.ISO_27001, DATE.plusYears(1))))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.validCertifications", "[ISO_27001]");
    }

    @ParameterizedTest
    @EnumSource(value = CertificationType.class, names = {"ISO_27018", "CSA_STAR_ATTESTATION", "OTHER"})
    void otherCertificationsAreNotCloudSecurityCertifications(CertificationType type) {
        assertThatResult(evaluateOn(nothingHeld().certification("X-1", type, DATE.plusYears(1))))
                .isNotMet().hasReason("ASR-01.none");
    }

    @Test
    void expiredIso27017DoesNotCount() {
        assertThatResult(evaluateOn(nothingHeld().certification("C-1", CertificationType.ISO_27017, DATE.minusDays(1))))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.validCertifications", "[]");
    }

    @Test
    void iso27017ValidUntilTheAssessmentDayCounts() {
        assertThatResult(evaluateOn(nothingHeld().certification("C-1", CertificationType.ISO_27017, DATE)))
                .isMet().hasReason("ASR-01.certification", "@certificationType.ISO_27017");
    }

    @Test
    void cloudCertificateWithoutValidityDateIsUnknownNotExpired() {
        assertThatResult(evaluateOn(nothingHeld().certification("C-1", CertificationType.ISO_27017, null)))
                .isUnknown().hasReason("ASR-01.unknown").doesNotHaveReason("ASR-01.none")
                .usedFact("evidence.validCertifications", "[]");
    }

    @Test
    void iso27001WithoutValidityDateCouldNotCountSoStaysNotMet() {
        assertThatResult(evaluateOn(nothingHeld().certification("IS-1", CertificationType.ISO_27001, null)))
                .isNotMet().hasReason("ASR-01.none");
    }

    @Test
    void cloudCertificateOfUnknownValidityFoundOutOfScopeIsNotCounted() {
        assertThatResult(evaluateOn(nothingHeld().certification("C-1", CertificationType.ISO_27017, null),
                aPlan().scopeNotCovered("C-1")))
                .isNotMet().hasReason("ASR-01.none");
    }

    @Test
    void ismapRegistrationWithoutValidityEndIsUnknown() {
        assertThatResult(evaluateOn(nothingHeld().onIsmapList(Dates.ISMAP_FIRST_LIST, null)))
                .isUnknown().hasReason("ASR-01.unknown").usedFact("evidence.ismapValid", null);
    }

    @Test
    void auditReportWithoutPeriodEndIsUnknown() {
        AuditReport r = soc2Type2("R-1", DATE.minusMonths(2), TrustPrinciple.SECURITY);
        AuditReport noPeriodEnd = new AuditReport(r.id(), r.type(), r.auditor(), r.principles(), r.periodFrom(), null,
                r.opinion(), r.exceptionsNoted(), r.scope());

        assertThatResult(evaluateOn(nothingHeld().auditReport(noPeriodEnd)))
                .isUnknown().hasReason("ASR-01.unknown").usedFact("evidence.currentAuditReports", "[]");
    }

    @Test
    void cloudCertificationFoundNotToCoverTheServiceIsNotCounted() {
        assertThatResult(evaluateOn(nothingHeld().certification("C-1", CertificationType.ISO_27017, DATE.plusYears(1)),
                aPlan().scopeNotCovered("C-1")))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.validCertifications", "[]");
    }

    @Test
    void ismapRegistrationFoundNotToCoverTheServiceIsNotCounted() {
        assertThatResult(evaluateOn(nothingHeld().onIsmapList(DATE.plusMonths(6)), aPlan().scopeNotCovered(Services.ISMAP_NUMBER)))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.ismapValid", false);
    }

    @Test
    void auditReportFoundNotToCoverTheServiceIsNotCounted() {
        assertThatResult(evaluateOn(nothingHeld().auditReport(soc2Type2("R-1", DATE.minusMonths(2), TrustPrinciple.SECURITY)),
                aPlan().scopeNotCovered("R-1")))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.currentAuditReports", "[]");
    }

    @Test
    void outOfScopeEvidenceBesideCoveredEvidenceLeavesItMet() {
        assertThatResult(evaluateOn(nothingHeld()
                        .certification("C-1", CertificationType.ISO_27017, DATE.plusYears(1))
                        .certification("C-2", CertificationType.CSA_STAR_CERTIFICATION, DATE.plusYears(1)),
                aPlan().scopeNotCovered("C-1").scopeCovered("C-2")))
                .isMet().hasReason("ASR-01.certification", "@certificationType.CSA_STAR_CERTIFICATION")
                .usedFact("evidence.validCertifications", "[CSA_STAR_CERTIFICATION]");
    }

    @ParameterizedTest
    @EnumSource(value = AuditReportType.class, names = {"SOC2_TYPE1", "SOC2_TYPE2", "SOC3", "JICPA_IT7"})
    void currentTrustServicesReportWithSecurityIsMet(AuditReportType type) {
        assertThatResult(evaluateOn(nothingHeld().auditReport(report("R-1", type, DATE.minusMonths(2), TrustPrinciple.SECURITY))))
                .isMet().hasReason("ASR-01.auditReport", "@auditReportType." + type.name()).usedFact("evidence.currentAuditReports", "[" + type + "]");
    }

    @Test
    void soc2WithoutSecurityPrincipleDoesNotCount() {
        assertThatResult(evaluateOn(nothingHeld().auditReport(soc2Type2("R-1", DATE.minusMonths(2), TrustPrinciple.AVAILABILITY))))
                .isNotMet().hasReason("ASR-01.none");
    }

    @Test
    void soc1IsNotACloudSecurityReport() {
        assertThatResult(evaluateOn(nothingHeld().auditReport(report("R-1", AuditReportType.SOC1, DATE.minusMonths(2),
                TrustPrinciple.SECURITY))))
                .isNotMet().hasReason("ASR-01.none");
    }

    @ParameterizedTest
    @EnumSource(value = AuditOpinion.class, names = {"ADVERSE", "DISCLAIMER"})
    void reportWithAdverseOrDisclaimedOpinionDoesNotCount(AuditOpinion opinion) {
        AuditReport r = soc2Type2("R-1", DATE.minusMonths(2), TrustPrinciple.SECURITY);
        AuditReport withOpinion = new AuditReport(r.id(), r.type(), r.auditor(), r.principles(), r.periodFrom(), r.periodTo(),
                opinion, r.exceptionsNoted(), r.scope());

        assertThatResult(evaluateOn(nothingHeld().auditReport(withOpinion))).isNotMet().hasReason("ASR-01.none");
    }

    @Test
    void qualifiedOpinionStillCounts() {
        AuditReport r = soc2Type2("R-1", DATE.minusMonths(2), TrustPrinciple.SECURITY);
        AuditReport qualified = new AuditReport(r.id(), r.type(), r.auditor(), r.principles(), r.periodFrom(), r.periodTo(),
                AuditOpinion.QUALIFIED, true, r.scope());

        assertThatResult(evaluateOn(nothingHeld().auditReport(qualified)))
                .isMet().hasReason("ASR-01.auditReport", "@auditReportType.SOC2_TYPE2");
    }

    @Test
    void reportWithUnknownOpinionDoesNotCountYet() {
        AuditReport r = soc2Type2("R-1", DATE.minusMonths(2), TrustPrinciple.SECURITY);
        AuditReport unknownOpinion = new AuditReport(r.id(), r.type(), r.auditor(), r.principles(), r.periodFrom(), r.periodTo(),
                null, r.exceptionsNoted(), r.scope());

        assertThatResult(evaluateOn(nothingHeld().auditReport(unknownOpinion)))
                .isUnknown().hasReason("ASR-01.unknown").doesNotHaveReason("ASR-01.auditReport");
    }

    @Test
    void auditReportWhosePeriodEndedThirteenMonthsEarlierIsStale() {
        assertThatResult(evaluateOn(nothingHeld().auditReport(soc2Type2("R-1", DATE.minusMonths(13), TrustPrinciple.SECURITY))))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.currentAuditReports", "[]");
    }

    @Test
    void unknownEvidenceIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().hasReason("ASR-01.unknown")
                .usedFact("evidence.ismapValid", null).usedFact("evidence.validCertifications", null);
    }

    @Test
    void iso27001WithAuditReportsUnknownIsUnknownNotFailed() {
        assertThatResult(evaluateOn(aService().notOnIsmapList()
                .certification("IS-1", CertificationType.ISO_27001, DATE.plusYears(1))))
                .isUnknown().hasReason("ASR-01.unknown").usedFact("evidence.currentAuditReports", null);
    }

    @Test
    void trustServicesReportWithUnknownPrinciplesIsUnknown() {
        AuditReport r = soc2Type2("R-1", DATE.minusMonths(2), TrustPrinciple.SECURITY);
        AuditReport unknownPrinciples = new AuditReport(r.id(), r.type(), r.auditor(), null, r.periodFrom(), r.periodTo(),
                r.opinion(), r.exceptionsNoted(), r.scope());

        assertThatResult(evaluateOn(nothingHeld().auditReport(unknownPrinciples))).isUnknown().hasReason("ASR-01.unknown");
    }

    @Test
    void oneCloudCertificationIsEnoughWhileOtherEvidenceIsUnknown() {
        assertThatResult(evaluateOn(aService().certification("C-1", CertificationType.JASA_CS_MARK, DATE.plusYears(1))))
                .isMet().hasReason("ASR-01.certification", "@certificationType.JASA_CS_MARK");
    }

    @Test
    void noCloudCertificationIsExemptOnLgwanAsp() {
        Assessment a = ExemptionCase.LGWAN.assess(aCompleteC2System(), ExemptionCase.LGWAN.service().noEvidence(),
                aCompletePlan().clearScopeChecks().clearAuditReviews());

        assertThatFinding(a, "ASR-01").isExemptUnder("EXM-LGWAN").hasRuleStatus(Status.NOT_MET).hasReason("ASR-01.none");
    }

    @Test
    void ismapListedServiceIsExemptFromTheCertificationCriterion() {
        Assessment a = ExemptionCase.ISMAP.assess(aCompletePlan());

        assertThatFinding(a, "ASR-01").isExemptUnder("EXM-ISMAP").hasRuleStatus(Status.MET).hasReason("ASR-01.ismap");
    }

    @Test
    void surveillanceVideoExemptionDoesNotLiftTheCertificationCriterion() {
        Assessment a = ExemptionCase.VIDEO.assess(ExemptionCase.VIDEO.system(),
                ExemptionCase.VIDEO.service().certificationsUnknown()
                        .certification(Services.ISO_27001_ID, CertificationType.ISO_27001, Services.EVIDENCE_VALID_UNTIL)
                        .noAuditReports(),
                aCompletePlan());

        assertThatFinding(a, "ASR-01").hasStatus(Status.NOT_MET).isNotExempt();
    }

    // ---- request format 2: whose ISMAP registration it is (§4(7); kumo's reading, docs/interpretations.md)

    private static IsmapRegistration ismap(IsmapScope scope) {
        return new IsmapRegistration(IsmapList.ISMAP, Services.ISMAP_NUMBER, "基盤IaaS", Dates.ASSESSMENT_DATE.minusYears(1),
                Dates.ASSESSMENT_DATE.plusMonths(6), "基盤クラウド株式会社", scope);
    }

    @Test
    void theServicesOwnIsmapRegistrationIsMet() {
        assertThatResult(evaluateOn(nothingHeld().ismapRegistration(ismap(IsmapScope.THIS_SERVICE))))
                .isMet().hasReason("ASR-01.ismap");
    }

    @Test
    void aSaasRelyingOnItsPlatformsIsmapRegistrationHoldsNoCertificationOfItsOwn() {
        assertThatResult(evaluateOn(nothingHeld().ismapRegistration(ismap(IsmapScope.UNDERLYING_PLATFORM))))
                .isNotMet().hasReason("ASR-01.platformIsmap", Services.ISMAP_NUMBER).hasReason("ASR-01.none")
                .usedFact("evidence.ismapValid", false);
    }

    @Test
    void aPlatformRegistrationBesideTheServicesOwnCertificateIsNamedButTheCertificateCounts() {
        assertThatResult(evaluateOn(nothingHeld().ismapRegistration(ismap(IsmapScope.UNDERLYING_PLATFORM))
                .certification("C-27017", CertificationType.ISO_27017, DATE.plusMonths(6))))
                .isMet().hasReason("ASR-01.certification").hasReason("ASR-01.platformIsmap");
    }

    @Test
    void anIsmapRegistrationOfUnknownScopeIsUnknown() {
        assertThatResult(evaluateOn(nothingHeld().ismapRegistration(ismap(null))))
                .isUnknown().hasReason("ASR-01.ismapScopeUnknown", Services.ISMAP_NUMBER).usedFact("evidence.ismapValid", null);
    }

    @Test
    void aPlatformRegistrationDoesNotExemptUnderIsmap() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().notOnIsmapList()
                .ismapRegistration(ismap(IsmapScope.UNDERLYING_PLATFORM)), Plans.aCompletePlan());

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThat(a.exemption("EXM-ISMAP").reasons()).anyMatch(m -> m.key().equals("EXM-ISMAP.platformOnly")
                && m.args().get(0).equals(Services.ISMAP_NUMBER) && m.args().get(1).equals("基盤クラウド株式会社"));
        assertThatFinding(a, "LAW-01").isNotExempt();
    }

    @Test
    void anIsmapRegistrationOfUnknownScopeMakesTheExemptionPossibleOnly() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().notOnIsmapList().ismapRegistration(ismap(null)),
                Plans.aCompletePlan());

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.POSSIBLE);
        assertThat(a.exemption("EXM-ISMAP").reasons()).extracting(m -> m.key()).containsExactly("EXM-ISMAP.scopeUnknown");
    }

    @Test
    void theServicesOwnRegistrationExempts() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().notOnIsmapList()
                .ismapRegistration(ismap(IsmapScope.THIS_SERVICE)), Plans.aCompletePlan());

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
    }
}
