package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** LAW-04 (別紙: places of performance (offices, operation sites, regions) disclosed with evidence). RECOMMENDED; a §5 item of the surveillance-video exemption. */
class Law04PlacesOfPerformanceDisclosedTest {

    private final Law04PlacesOfPerformanceDisclosed rule = new Law04PlacesOfPerformanceDisclosed();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void placesOfPerformanceDisclosedWithEvidenceIsMet() {
        assertThatResult(evaluateOn(aService().performancePlacesDisclosed(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.service.performancePlacesDisclosed").usedFact("service.performancePlacesDisclosed", true);
    }

    @Test
    void undisclosedPlacesOfPerformanceAreNotMet() {
        assertThatResult(evaluateOn(aService().performancePlacesDisclosed(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.service.performancePlacesDisclosed").usedFact("service.performancePlacesDisclosed", false);
    }

    @Test
    void unknownDisclosureIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("service.performancePlacesDisclosed").usedFact("service.performancePlacesDisclosed", null);
    }
}
