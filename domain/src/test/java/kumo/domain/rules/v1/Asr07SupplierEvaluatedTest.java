package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;


import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.Outcome;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;

/** ASR-07 (§2オ: management stability and supply-chain risk are not covered by audits and certificates (「含まれてしまう」 read as not included), so the city evaluates them). A CITY step: YES → MET, NO → NOT_MET, not (completely) recorded by the assessment date → PENDING. */
class Asr07SupplierEvaluatedTest {

    private final Asr07SupplierEvaluated rule = new Asr07SupplierEvaluated();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void supplierStabilityAndSupplyChainEvaluatedAsAcceptableIsMet() {
        assertThatResult(evaluateOn(aPlan().supplierEvaluation(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.supplierEvaluation", Decisions.DECIDED_BY)
                .usedFact("plan.supplierEvaluation", Outcome.YES);
    }

    @Test
    void unstableSupplierIsNotMet() {
        assertThatResult(evaluateOn(aPlan().supplierEvaluation(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.supplierEvaluation", Decisions.DECIDED_BY)
                .usedFact("plan.supplierEvaluation", Outcome.NO);
    }

    @Test
    void supplierNotYetEvaluatedIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.supplierEvaluation").usedFact("plan.supplierEvaluation", null);
    }

    @Test
    void recordWithoutOutcomeIsPending() {
        assertThatResult(evaluateOn(aPlan().supplierEvaluation(Decisions.withoutOutcome())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.supplierEvaluation");
    }

    @Test
    void decisionDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().supplierEvaluation(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.supplierEvaluation", DATE.plusDays(1));
    }
}
