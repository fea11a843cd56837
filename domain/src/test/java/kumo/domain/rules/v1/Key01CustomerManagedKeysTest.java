package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/**
 * KEY-01 (§4(3) 「利用者側で管理することが望ましく、選択可能な場合は利用者側で鍵管理が可能な暗号機能を選ぶものとする」):
 * where the service offers customer-managed keys, the plan chooses them.
 */
class Key01CustomerManagedKeysTest {

    private final Key01CustomerManagedKeys rule = new Key01CustomerManagedKeys();

    private RuleResult evaluateOn(Services service, Plans plan) {
        return evaluate(rule, aSystem(), service, plan);
    }

    @Test
    void customerManagedKeysChosenWhereOfferedIsMet() {
        assertThatResult(evaluateOn(aService().customerManagedKeysOffered(true), aPlan().customerManagedKeys(true)))
                .isMet().hasReason("KEY-01.chosen")
                .usedFact("security.customerManagedKeysOffered", true).usedFact("plan.customerManagedKeys", true);
    }

    @Test
    void providerManagedKeysWhereCustomerKeysAreOfferedIsNotMet() {
        assertThatResult(evaluateOn(aService().customerManagedKeysOffered(true), aPlan().customerManagedKeys(false)))
                .isNotMet().hasReason("KEY-01.notChosen").usedFact("plan.customerManagedKeys", false);
    }

    @Test
    void keyChoiceNotYetMadeIsPending() {
        assertThatResult(evaluateOn(aService().customerManagedKeysOffered(true), aPlan()))
                .isPending().hasReason("reason.plan.undecided", "@fact.plan.customerManagedKeys");
    }

    @Test
    void serviceWithoutCustomerManagedKeysIsNotApplicable() {
        assertThatResult(evaluateOn(aService().customerManagedKeysOffered(false), aPlan().customerManagedKeys(false)))
                .isNotApplicable().hasReason("KEY-01.notOffered").usedFact("security.customerManagedKeysOffered", false);
    }

    @Test
    void unknownOfferingIsUnknown() {
        assertThatResult(evaluateOn(aService(), aPlan().customerManagedKeys(true)))
                .isUnknown().namesUnknownFact("security.customerManagedKeysOffered");
    }
}
