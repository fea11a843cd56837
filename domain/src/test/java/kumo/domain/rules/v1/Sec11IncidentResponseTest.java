package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/**
 * SEC-11 (別紙: インシデント発生時の対処方法（対処手順、責任分界、対処体制等）, and the remedy when controls prove
 * insufficient): both are presented. RECOMMENDED, §5.
 */
class Sec11IncidentResponseTest {

    private final Sec11IncidentResponse rule = new Sec11IncidentResponse();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void incidentResponseAndRemedyPresentedAreMet() {
        assertThatResult(evaluateOn(aService().incidentResponsePresented(true).remedyPresented(true)))
                .isMet().hasReason("SEC-11.presented")
                .usedFact("security.incidentResponsePresented", true).usedFact("security.remedyPresented", true);
    }

    @Test
    void incidentResponseWithoutRemedyIsNotMet() {
        assertThatResult(evaluateOn(aService().incidentResponsePresented(true).remedyPresented(false)))
                .isNotMet().hasReason("SEC-11.missing").usedFact("security.remedyPresented", false);
    }

    @Test
    void missingIncidentResponseFailsEvenWhileTheRemedyIsUnknown() {
        assertThatResult(evaluateOn(aService().incidentResponsePresented(false))).isNotMet().hasReason("SEC-11.missing");
    }

    @Test
    void unknownRemedyIsUnknown() {
        assertThatResult(evaluateOn(aService().incidentResponsePresented(true)))
                .isUnknown().hasReason("SEC-11.unknown").usedFact("security.remedyPresented", null);
    }
}
