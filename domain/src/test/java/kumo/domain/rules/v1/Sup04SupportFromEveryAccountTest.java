package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** SUP-04 (§5 1.2 【推奨事項】 技術サポートへのアクセスはすべてのアカウントにおいて可能). */
class Sup04SupportFromEveryAccountTest {

    private final Sup04SupportFromEveryAccount rule = new Sup04SupportFromEveryAccount();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void technicalSupportFromEveryAccountIsMet() {
        assertThatResult(evaluateOn(aService().availableFromEveryAccount(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.support.availableFromEveryAccount").usedFact("support.availableFromEveryAccount", true);
    }

    @Test
    void supportOnlyForPaidPlansIsNotMet() {
        assertThatResult(evaluateOn(aService().availableFromEveryAccount(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.support.availableFromEveryAccount").usedFact("support.availableFromEveryAccount", false);
    }

    @Test
    void unknownSupportAccessIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("support.availableFromEveryAccount").usedFact("support.availableFromEveryAccount", null);
    }
}
