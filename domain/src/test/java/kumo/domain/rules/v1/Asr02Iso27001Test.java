package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.Certification;
import kumo.domain.service.CertificationType;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/** ASR-02 (別紙 「ISO/IEC 27001：2013 認証を取得していること」): a valid ISO/IEC 27001 certificate. RECOMMENDED, §5. */
class Asr02Iso27001Test {

    private final Asr02Iso27001 rule = new Asr02Iso27001();

    /** How ASR-02's reasons name the certification type: a text-key reference, rendered as its label. */
    private static final String ISO_27001 = "@certificationType.ISO_27001";

    private RuleResult evaluateOn(Services service) {
        return evaluateOn(service, aPlan());
    }

    private RuleResult evaluateOn(Services service, Plans plan) {
        return evaluate(rule, aSystem(), service, plan);
    }

    @Test
    void validIso27001IsMet() {
        assertThatResult(evaluateOn(aService().certification("IS-1", CertificationType.ISO_27001, DATE.plusMonths(3))))
                .isMet().hasReason("reason.certification.held", ISO_27001)
                .usedFact("evidence.validCertifications", "[ISO_27001]");
    }

    @Test
    void iso27001ValidUntilTheAssessmentDayIsMet() {
        assertThatResult(evaluateOn(aService().certification("IS-1", CertificationType.ISO_27001, DATE)))
                .isMet().hasReason("reason.certification.held");
    }

    @Test
    void certificateValidUntilTheDayBeforeIsNotCounted() {
        assertThatResult(evaluateOn(aService().certification("IS-1", CertificationType.ISO_27001, DATE.minusDays(1))))
                .isNotMet().hasReason("reason.certification.notHeld", ISO_27001)
                .usedFact("evidence.validCertifications", "[]");
    }

    @Test
    void certificateNotYetValidIsNotCounted() {
        assertThatResult(evaluateOn(aService().certification(new Certification("IS-1", CertificationType.ISO_27001, "holder",
                "scope", DATE.plusDays(1), DATE.plusYears(3)))))
                .isNotMet().hasReason("reason.certification.notHeld");
    }

    @Test
    void iso27017AloneIsNotIso27001() {
        assertThatResult(evaluateOn(aService().certification("C-1", CertificationType.ISO_27017, DATE.plusYears(1))))
                .isNotMet().hasReason("reason.certification.notHeld", ISO_27001)
                .usedFact("evidence.validCertifications", "[ISO_27017]");
    }

    @Test
    void certificateWithoutValidityDateIsUnknownNotExpired() {
        assertThatResult(evaluateOn(aService().certification("IS-1", CertificationType.ISO_27001, null)))
                .isUnknown().hasReason("reason.certification.validityUnknown", ISO_27001)
                .doesNotHaveReason("reason.certification.notHeld")
                .usedFact("evidence.validCertifications", "[]");
    }

    @Test
    void certificateFoundNotToCoverTheServiceIsNotCounted() {
        assertThatResult(evaluateOn(aService().certification("IS-1", CertificationType.ISO_27001, DATE.plusYears(1)),
                aPlan().scopeNotCovered("IS-1")))
                .isNotMet().hasReason("reason.certification.notHeld", ISO_27001)
                .usedFact("evidence.validCertifications", "[]");
    }

    @Test
    void certificateOfUnknownValidityFoundNotToCoverTheServiceIsNotCounted() {
        assertThatResult(evaluateOn(aService().certification("IS-1", CertificationType.ISO_27001, null),
                aPlan().scopeNotCovered("IS-1")))
                .isNotMet().hasReason("reason.certification.notHeld", ISO_27001)
                .doesNotHaveReason("reason.certification.validityUnknown");
    }

    @Test
    void noCertificationsIsNotMet() {
        assertThatResult(evaluateOn(aService().noCertifications())).isNotMet().hasReason("reason.certification.notHeld");
    }

    @Test
    void unknownCertificationsAreUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().hasReason("reason.certification.unknown", ISO_27001)
                .usedFact("evidence.validCertifications", null);
    }
}
