package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.assess;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Decision;
import kumo.domain.plan.Outcome;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;

/**
 * SEC-13 (§4(5) 「ログの種類とクラウドサービス上取得できるか否か、その際の利用料金等をあらかじめ確認しておく」): the
 * step is the check itself, so a recorded check is MET whatever it found; it never gives NOT_MET.
 */
class Sec13LogTypesCheckedTest {

    private final Sec13LogTypesChecked rule = new Sec13LogTypesChecked();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void logTypesAndCostCheckedIsMet() {
        assertThatResult(evaluateOn(aPlan().logTypesChecked(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.logTypesChecked").usedFact("plan.logTypesChecked", Outcome.YES);
    }

    @Test
    void checkThatFoundAGapIsStillACheck() {
        assertThatResult(evaluateOn(aPlan().logTypesChecked(Outcome.NO)))
                .isMet().hasReason("SEC-13.checkedGap").usedFact("plan.logTypesChecked", Outcome.NO);
    }

    @Test
    void checkNotYetMadeIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.logTypesChecked");
    }

    @Test
    void checkWithoutWhoCheckedIsPending() {
        assertThatResult(evaluateOn(aPlan().logTypesChecked(Decisions.yesWithoutDecider())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.logTypesChecked");
    }

    @Test
    void checkDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().logTypesChecked(Decisions.decided(Outcome.NO, DATE.plusDays(3)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.logTypesChecked")
                .doesNotHaveReason("SEC-13.checkedGap");
    }

    @Test
    void checkIsNotDeviable() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().logTypesChecked((Decision) null).approvedDeviation("SEC-13"));

        assertThatFinding(a, "SEC-13").hasStatus(Status.PENDING).doesNotHaveReason("finding.deviated");
    }
}
