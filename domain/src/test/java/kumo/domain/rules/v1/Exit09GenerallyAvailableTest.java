package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** EXIT-09 (別紙 「クラウドは正式リリースのサービスを提供すること」; RECOMMENDED, a §5 item). */
class Exit09GenerallyAvailableTest {

    private final Exit09GenerallyAvailable rule = new Exit09GenerallyAvailable();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void generallyAvailableServiceIsMet() {
        assertThatResult(evaluateOn(aService().generallyAvailable(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.service.generallyAvailable").usedFact("service.generallyAvailable", true);
    }

    @Test
    void betaOrPreviewServiceIsNotMet() {
        assertThatResult(evaluateOn(aService().generallyAvailable(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.service.generallyAvailable").usedFact("service.generallyAvailable", false);
    }

    @Test
    void unknownReleaseStatusIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("service.generallyAvailable").usedFact("service.generallyAvailable", null);
    }
}
