package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** LAW-05 (別紙: ownership and control of the data stay with the city). RECOMMENDED; a §5 item of the surveillance-video exemption. */
class Law05DataOwnershipWithCityTest {

    private final Law05DataOwnershipWithCity rule = new Law05DataOwnershipWithCity();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void cityKeepsOwnershipAndControlOfItsData() {
        assertThatResult(evaluateOn(aService().dataOwnershipWithCity(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.service.dataOwnershipWithCity").usedFact("service.dataOwnershipWithCity", true);
    }

    @Test
    void providerClaimingRightsOverTheDataIsNotMet() {
        assertThatResult(evaluateOn(aService().dataOwnershipWithCity(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.service.dataOwnershipWithCity").usedFact("service.dataOwnershipWithCity", false);
    }

    @Test
    void unknownOwnershipIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("service.dataOwnershipWithCity").usedFact("service.dataOwnershipWithCity", null);
    }
}
