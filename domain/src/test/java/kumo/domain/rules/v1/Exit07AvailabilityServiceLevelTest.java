package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** EXIT-07 (別紙 「可用性について、サービスレベルを提示すること」): an availability service level is presented. RECOMMENDED, §5. */
class Exit07AvailabilityServiceLevelTest {

    private final Exit07AvailabilityServiceLevel rule = new Exit07AvailabilityServiceLevel();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void presentedPercentageIsMet() {
        assertThatResult(evaluateOn(aService().availabilitySla(99.9)))
                .isMet().hasReason("EXIT-07.presented", 99.9).usedFact("continuity.availabilitySlaPercent", 99.9);
    }

    @Test
    void anyPresentedLevelCountsHoweverLow() {
        assertThatResult(evaluateOn(aService().availabilitySla(95.0))).isMet().hasReason("EXIT-07.presented", 95.0);
    }

    @Test
    void serviceLevelOfferedWithoutAFigureYetIsMet() {
        assertThatResult(evaluateOn(aService().availabilitySlaOffered(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.continuity.availabilitySlaOffered")
                .usedFact("continuity.availabilitySlaOffered", true);
    }

    @Test
    void noServiceLevelIsNotMet() {
        assertThatResult(evaluateOn(aService().availabilitySlaOffered(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.continuity.availabilitySlaOffered");
    }

    @Test
    void unknownServiceLevelIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("continuity.availabilitySlaPercent")
                .usedFact("continuity.availabilitySlaPercent", null);
    }
}
