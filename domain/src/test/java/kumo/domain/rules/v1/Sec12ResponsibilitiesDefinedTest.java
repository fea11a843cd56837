package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** SEC-12 (別紙 管理境界や責任分界を明確にすること; RECOMMENDED, a §5 item). */
class Sec12ResponsibilitiesDefinedTest {

    private final Sec12ResponsibilitiesDefined rule = new Sec12ResponsibilitiesDefined();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void clearManagementBoundariesAreMet() {
        assertThatResult(evaluateOn(aService().responsibilitiesDefined(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.security.responsibilitiesDefined").usedFact("security.responsibilitiesDefined", true);
    }

    @Test
    void unclearResponsibilitiesAreNotMet() {
        assertThatResult(evaluateOn(aService().responsibilitiesDefined(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.security.responsibilitiesDefined").usedFact("security.responsibilitiesDefined", false);
    }

    @Test
    void unknownResponsibilityMatrixIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("security.responsibilitiesDefined").usedFact("security.responsibilitiesDefined", null);
    }
}
