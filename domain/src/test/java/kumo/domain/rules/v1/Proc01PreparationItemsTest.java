package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.system.PreparationItem;
import kumo.domain.testdata.Systems;

/**
 * PROC-01 (§4(1) 準備段階 「以下の事項を可能な限り明確化する」): every preparation item is answered, or marked
 * "not determinable" with a reason. A CITY step: open items keep it PENDING.
 */
class Proc01PreparationItemsTest {

    private final Proc01PreparationItems rule = new Proc01PreparationItems();

    private RuleResult evaluateOn(Systems system) {
        return evaluate(rule, system, aService(), aPlan());
    }

    @Test
    void everyItemAnsweredIsMet() {
        assertThatResult(evaluateOn(aCompleteC2System()))
                .isMet().hasReason("PROC-01.complete", PreparationItem.values().length, 0)
                .usedFact("system.preparationItemsOpen", "[]");
    }

    @ParameterizedTest
    @EnumSource(PreparationItem.class)
    void eachUnansweredItemIsNamed(PreparationItem item) {
        assertThatResult(evaluateOn(aCompleteC2System().unanswered(item)))
                .isPending().hasReason("PROC-01.open", "@preparation." + item.name())
                .usedFact("system.preparationItemsOpen", "[" + item.name() + "]");
    }

    @Test
    void itemMarkedNotDeterminableWithAReasonCounts() {
        assertThatResult(evaluateOn(aCompleteC2System().unanswered(PreparationItem.WORKLOAD_TREND)
                .notDeterminable(PreparationItem.WORKLOAD_TREND, "新規業務のため実績がない")))
                .isMet().hasReason("PROC-01.complete", PreparationItem.values().length, 1)
                .usedFact("system.notDeterminable", "[WORKLOAD_TREND]");
    }

    @Test
    void notDeterminableWithoutAReasonStaysOpen() {
        assertThatResult(evaluateOn(aCompleteC2System().unanswered(PreparationItem.WORKLOAD_TREND)
                .notDeterminable(PreparationItem.WORKLOAD_TREND, " ")))
                .isPending().hasReason("PROC-01.open", "@preparation.WORKLOAD_TREND");
    }

    @Test
    void noIntegrationsIsAnAnswer() {
        assertThatResult(evaluateOn(aCompleteC2System().integrations())).isMet().hasReason("PROC-01.complete");
    }

    @Test
    void blankServiceHoursAreNoAnswer() {
        assertThatResult(evaluateOn(aCompleteC2System().serviceHours("")))
                .isPending().hasReason("PROC-01.open", "@preparation.SERVICE_HOURS");
    }

    @Test
    void classificationWithoutHandlingRestrictionsIsIncomplete() {
        assertThatResult(evaluateOn(aCompleteC2System().handlingRestrictionsUnknown()))
                .isPending().hasReason("PROC-01.open", "@preparation.CLASSIFICATION");
    }

    @Test
    void nothingPreparedNamesEveryItem() {
        RuleResult r = evaluateOn(aSystem());

        assertThatResult(r).isPending();
        for (PreparationItem item : PreparationItem.values()) {
            assertThatResult(r).hasReason("PROC-01.open", "@preparation." + item.name());
        }
    }

    /**
     * SUSPECTED BUG (reported): §4(1)① asks for 「主なサービス利用者（市民向けのサービスか、職員向けのサービスか）及びその利用者の詳細」
     * and policy-model §3 lists "users (citizens / staff / both, and who)"; the rule counts USERS as
     * answered from the citizens/staff choice alone and never looks at the user details.
     */
    @Test
    void usersWithoutTheirDetailsAreNotYetAnswered() {
        assertThatResult(evaluateOn(aCompleteC2System().userDetails(null)))
                .isPending().hasReason("PROC-01.open", "@preparation.USERS");
    }
}
