package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.CertificationType;
import kumo.domain.testdata.Services;

/** ASR-03 (別紙 【推奨事項】 「ISO/IEC 27017：2015 認証を取得していること」): a valid ISO/IEC 27017 certificate. RECOMMENDED. */
class Asr03Iso27017Test {

    private final Asr03Iso27017 rule = new Asr03Iso27017();

    /** How ASR-03's reasons name the certification type: a text-key reference, rendered as its label. */
    private static final String ISO_27017 = "@certificationType.ISO_27017";

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void validIso27017IsMet() {
        assertThatResult(evaluateOn(aService().certification("C-1", CertificationType.ISO_27017, DATE.plusYears(1))))
                .isMet().hasReason("reason.certification.held", ISO_27017)
                .usedFact("evidence.validCertifications", "[ISO_27017]");
    }

    @Test
    void expiredIso27017DoesNotCount() {
        assertThatResult(evaluateOn(aService().certification("C-1", CertificationType.ISO_27017, DATE.minusDays(1))))
                .isNotMet().hasReason("reason.certification.notHeld", ISO_27017);
    }

    @Test
    void iso27017WithoutValidityDateIsUnknownNotExpired() {
        assertThatResult(evaluateOn(aService().certification("C-1", CertificationType.ISO_27017, null)))
                .isUnknown().hasReason("reason.certification.validityUnknown", ISO_27017)
                .doesNotHaveReason("reason.certification.notHeld");
    }

    @Test
    void iso27017FoundNotToCoverTheServiceIsNotCounted() {
        assertThatResult(evaluate(rule, aSystem(),
                aService().certification("C-1", CertificationType.ISO_27017, DATE.plusYears(1)), aPlan().scopeNotCovered("C-1")))
                .isNotMet().hasReason("reason.certification.notHeld", ISO_27017)
                .usedFact("evidence.validCertifications", "[]");
    }

    @Test
    void iso27001IsNotIso27017() {
        assertThatResult(evaluateOn(aService().certification("IS-1", CertificationType.ISO_27001, DATE.plusYears(1))))
                .isNotMet().hasReason("reason.certification.notHeld", ISO_27017);
    }

    @Test
    void unknownCertificationsAreUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().hasReason("reason.certification.unknown", ISO_27017);
    }
}
