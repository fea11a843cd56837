package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** EXIT-04 (§2ウ 「標準化されたデータ形式やインタフェースを使用することが望ましい」; RECOMMENDED). */
class Exit04StandardFormatsTest {

    private final Exit04StandardFormats rule = new Exit04StandardFormats();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void standardDataFormatsAndInterfacesAreMet() {
        assertThatResult(evaluateOn(aService().standardFormats(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.continuity.standardFormats").usedFact("continuity.standardFormats", true);
    }

    @Test
    void proprietaryFormatsOnlyAreNotMet() {
        assertThatResult(evaluateOn(aService().standardFormats(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.continuity.standardFormats").usedFact("continuity.standardFormats", false);
    }

    @Test
    void unknownFormatsAreUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("continuity.standardFormats").usedFact("continuity.standardFormats", null);
    }
}
