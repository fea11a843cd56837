package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;
import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleTesting.assess;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Systems.aCompleteC2System;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Decision;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.Outcome;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;

/** SEC-04 (§2エ 委託先による情報の管理・保管の実施内容の確認, subcontractors included, 「確認の上、合意しておく」; deviable). A CITY step: YES → MET, NO → NOT_MET, not (completely) recorded by the assessment date → PENDING. */
class Sec04ProviderHandlingConfirmedTest {

    private final Sec04ProviderHandlingConfirmed rule = new Sec04ProviderHandlingConfirmed();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void providerAndSubcontractorHandlingConfirmedAndAgreedIsMet() {
        assertThatResult(evaluateOn(aPlan().providerHandlingConfirmed(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.providerHandlingConfirmed", Decisions.DECIDED_BY)
                .usedFact("plan.providerHandlingConfirmed", Outcome.YES);
    }

    @Test
    void handlingFoundUnacceptableIsNotMet() {
        assertThatResult(evaluateOn(aPlan().providerHandlingConfirmed(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.providerHandlingConfirmed", Decisions.DECIDED_BY)
                .usedFact("plan.providerHandlingConfirmed", Outcome.NO);
    }

    @Test
    void handlingNotYetConfirmedIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.providerHandlingConfirmed").usedFact("plan.providerHandlingConfirmed", null);
    }

    @Test
    void recordWithoutOutcomeIsPending() {
        assertThatResult(evaluateOn(aPlan().providerHandlingConfirmed(Decisions.withoutOutcome())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.providerHandlingConfirmed");
    }

    @Test
    void decisionDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().providerHandlingConfirmed(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.providerHandlingConfirmed", DATE.plusDays(1));
    }

    @Test
    void approvedDeviationMakesANegativeOutcomeDeviated() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().providerHandlingConfirmed(Outcome.NO).approvedDeviation("SEC-04"));

        assertThatFinding(a, "SEC-04").isDeviated().hasRuleStatus(Status.NOT_MET);
    }

    @Test
    void approvedDeviationAlsoCoversAStepNotYetTaken() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().providerHandlingConfirmed((Decision) null).approvedDeviation("SEC-04"));

        assertThatFinding(a, "SEC-04").isDeviated().hasRuleStatus(Status.PENDING);
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().providerHandlingConfirmed(Outcome.NO).unapprovedDeviation("SEC-04"));

        assertThatFinding(a, "SEC-04").awaitsDeviationApproval().hasRuleStatus(Status.NOT_MET);
    }
}
