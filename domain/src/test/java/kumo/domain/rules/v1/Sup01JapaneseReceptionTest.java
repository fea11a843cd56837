package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** SUP-01 (§5 1.2 【推奨事項】 サービス受付窓口 日本語対応（日本時間平日 9:00-18:00）). */
class Sup01JapaneseReceptionTest {

    private final Sup01JapaneseReception rule = new Sup01JapaneseReception();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void japaneseReceptionOnWeekdaysIsMet() {
        assertThatResult(evaluateOn(aService().japaneseReceptionWeekdays(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.support.japaneseReceptionWeekdays").usedFact("support.japaneseReceptionWeekdays", true);
    }

    @Test
    void noJapaneseReceptionIsNotMet() {
        assertThatResult(evaluateOn(aService().japaneseReceptionWeekdays(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.support.japaneseReceptionWeekdays").usedFact("support.japaneseReceptionWeekdays", false);
    }

    @Test
    void unknownReceptionIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("support.japaneseReceptionWeekdays").usedFact("support.japaneseReceptionWeekdays", null);
    }
}
