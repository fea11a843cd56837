package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Services.soc2Type2;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.CertificationType;
import kumo.domain.service.IsmapList;
import kumo.domain.service.TrustPrinciple;
import kumo.domain.testdata.Services;

/**
 * ASR-09 (kumo's reading of §2オ/§4(2)): the evidence is current — ISMAP registrations and certificates
 * valid on the assessment date, audit reports whose period ended within the last 12 months. RECOMMENDED.
 */
class Asr09EvidenceCurrentTest {

    private final Asr09EvidenceCurrent rule = new Asr09EvidenceCurrent();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void allEvidenceCurrentIsMet() {
        assertThatResult(evaluateOn(aFullyCapableService()))
                .isMet().hasReason("ASR-09.allCurrent", 4).usedFact("evidence.count", 4).usedFact("evidence.staleCount", 0);
    }

    @Test
    void certificateValidUntilTheDayBeforeIsStale() {
        assertThatResult(evaluateOn(aService().noEvidence().certification("IS-1", CertificationType.ISO_27001, DATE.minusDays(1))))
                .isNotMet().hasReason("ASR-09.staleCertification", CertificationType.ISO_27001, "IS-1", DATE.minusDays(1))
                .usedFact("evidence.staleCount", 1);
    }

    @Test
    void certificateValidUntilTheAssessmentDayIsCurrent() {
        assertThatResult(evaluateOn(aService().noEvidence().certification("IS-1", CertificationType.ISO_27001, DATE)))
                .isMet().hasReason("ASR-09.allCurrent", 1);
    }

    @Test
    void auditPeriodEnded13MonthsEarlierIsStale() {
        assertThatResult(evaluateOn(aService().noEvidence().auditReport(soc2Type2("SOC-1", DATE.minusMonths(13),
                TrustPrinciple.SECURITY))))
                .isNotMet().hasReason("ASR-09.staleReport", "SOC2_TYPE2", "SOC-1", DATE.minusMonths(13), 12);
    }

    @Test
    void auditPeriodEndedExactlyTwelveMonthsEarlierIsCurrent() {
        assertThatResult(evaluateOn(aService().noEvidence().auditReport(soc2Type2("SOC-1", DATE.minusMonths(12),
                TrustPrinciple.SECURITY))))
                .isMet().hasReason("ASR-09.allCurrent", 1);
    }

    @Test
    void auditPeriodEndingAfterTheAssessmentDateIsNotYetAReport() {
        assertThatResult(evaluateOn(aService().noEvidence().auditReport(soc2Type2("SOC-1", DATE.plusDays(1),
                TrustPrinciple.SECURITY))))
                .isNotMet().hasReason("ASR-09.staleReport", "SOC2_TYPE2", "SOC-1");
    }

    @Test
    void expiredIsmapRegistrationIsStale() {
        assertThatResult(evaluateOn(aService().noEvidence().onIsmapList(DATE.minusDays(1))))
                .isNotMet().hasReason("ASR-09.staleRegistration", IsmapList.ISMAP, Services.ISMAP_NUMBER, DATE.minusDays(1));
    }

    @Test
    void oneStaleItemAmongCurrentOnesIsNotMet() {
        assertThatResult(evaluateOn(aFullyCapableService().certification("OLD", CertificationType.ISO_27017, DATE.minusYears(1))))
                .isNotMet().hasReason("ASR-09.staleCertification", CertificationType.ISO_27017, "OLD")
                .usedFact("evidence.count", 5).usedFact("evidence.staleCount", 1);
    }

    @Test
    void noEvidenceHeldIsNotApplicable() {
        assertThatResult(evaluateOn(aService().noEvidence())).isNotApplicable().hasReason("ASR-09.noEvidence");
    }

    @Test
    void unknownEvidenceIsUnknown() {
        assertThatResult(evaluateOn(aService())).isUnknown().hasReason("ASR-09.evidenceUnknown").usedFact("evidence.reliedOn", null);
    }

    /**
     * SUSPECTED BUG (reported, RECOMMENDED only): with certifications and audit reports unknown and only
     * the ISMAP list known to be empty, the rule says "no evidence held" (NOT_APPLICABLE) although the
     * evidence is unknown (policy-model §3: unknown is not "no").
     */
    @Test
    void partlyUnknownEvidenceIsUnknownNotNoEvidence() {
        assertThatResult(evaluateOn(aService().notOnIsmapList())).isUnknown().hasReason("ASR-09.evidenceUnknown");
    }
}
