package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** EXIT-08 (別紙 【推奨事項】 メインセンタ、サブセンタについて物理的に距離が離れた2拠点以上; RECOMMENDED). */
class Exit08SeparateSitesTest {

    private final Exit08SeparateSites rule = new Exit08SeparateSites();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void mainAndSubCentresAtSeparateSitesAreMet() {
        assertThatResult(evaluateOn(aService().geographicallySeparateSites(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.continuity.geographicallySeparateSites").usedFact("continuity.geographicallySeparateSites", true);
    }

    @Test
    void singleSiteIsNotMet() {
        assertThatResult(evaluateOn(aService().geographicallySeparateSites(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.continuity.geographicallySeparateSites").usedFact("continuity.geographicallySeparateSites", false);
    }

    @Test
    void unknownSiteLayoutIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("continuity.geographicallySeparateSites").usedFact("continuity.geographicallySeparateSites", null);
    }
}
