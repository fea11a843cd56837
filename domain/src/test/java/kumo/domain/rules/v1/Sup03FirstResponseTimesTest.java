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
 * SUP-03 (§5 1.2 【推奨事項】 初回応答時間): ongoing outage with large impact ≤ 1 h, ongoing outage ≤ 4 h, urgent
 * question ≤ 12 h, normal question ≤ 24 h. RECOMMENDED.
 */
class Sup03FirstResponseTimesTest {

    private final Sup03FirstResponseTimes rule = new Sup03FirstResponseTimes();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void firstResponsesExactlyAtTheTargetsAreMet() {
        assertThatResult(evaluateOn(aService().firstResponseHours(1.0, 4.0, 12.0, 24.0)))
                .isMet().hasReason("SUP-03.withinTargets")
                .usedFact("support.firstResponseCriticalHours", 1.0).usedFact("support.firstResponseNormalHours", 24.0);
    }

    @Test
    void fasterFirstResponsesAreMet() {
        assertThatResult(evaluateOn(aService().firstResponseHours(0.25, 1.0, 4.0, 8.0))).isMet().hasReason("SUP-03.withinTargets");
    }

    @Test
    void firstResponseOverAnHourForALargeOutageIsTooSlow() {
        assertThatResult(evaluateOn(aService().firstResponseHours(1.5, 4.0, 12.0, 24.0)))
                .isNotMet().hasReason("SUP-03.tooSlow", "@fact.support.firstResponseCriticalHours", 1.5, 1.0);
    }

    @Test
    void eachSlowCategoryIsNamed() {
        assertThatResult(evaluateOn(aService().firstResponseHours(1.0, 8.0, 12.0, 48.0)))
                .isNotMet().hasReason("SUP-03.tooSlow", "@fact.support.firstResponseOutageHours", 8.0, 4.0)
                .hasReason("SUP-03.tooSlow", "@fact.support.firstResponseNormalHours", 48.0, 24.0)
                .doesNotHaveReason("SUP-03.withinTargets");
    }

    @Test
    void slowFailsEvenWhileAnotherCategoryIsUnknown() {
        assertThatResult(evaluateOn(aService().firstResponseHours(null, 4.0, 13.0, 24.0)))
                .isNotMet().hasReason("SUP-03.tooSlow", "@fact.support.firstResponseUrgentHours")
                .namesUnknownFact("support.firstResponseCriticalHours");
    }

    @Test
    void unknownCategoryIsUnknown() {
        assertThatResult(evaluateOn(aService().firstResponseHours(1.0, 4.0, null, 24.0)))
                .isUnknown().namesUnknownFact("support.firstResponseUrgentHours").usedFact("support.firstResponseUrgentHours", null);
    }
}
