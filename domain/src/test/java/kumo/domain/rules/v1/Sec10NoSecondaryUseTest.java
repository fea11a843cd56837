package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** SEC-10 (別紙 目的外利用の禁止に対する遵守の表明; RECOMMENDED, a §5 item). */
class Sec10NoSecondaryUseTest {

    private final Sec10NoSecondaryUse rule = new Sec10NoSecondaryUse();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void declarationOfNoUseBeyondTheServiceIsMet() {
        assertThatResult(evaluateOn(aService().noSecondaryUseDeclared(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.security.noSecondaryUseDeclared").usedFact("security.noSecondaryUseDeclared", true);
    }

    @Test
    void noDeclarationIsNotMet() {
        assertThatResult(evaluateOn(aService().noSecondaryUseDeclared(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.security.noSecondaryUseDeclared").usedFact("security.noSecondaryUseDeclared", false);
    }

    @Test
    void unknownDeclarationIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("security.noSecondaryUseDeclared").usedFact("security.noSecondaryUseDeclared", null);
    }
}
