package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Decision;
import kumo.domain.plan.Outcome;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;

/** LAW-06 (§2イ): the risk that laws other than Japan's apply was evaluated for this provider. Never exempt. */
class Law06ForeignLawRiskEvaluatedTest {

    private final Law06ForeignLawRiskEvaluated rule = new Law06ForeignLawRiskEvaluated();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void foreignLawRiskEvaluatedAsAcceptableIsMet() {
        assertThatResult(evaluateOn(aPlan().foreignLawEvaluation(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.foreignLawEvaluation")
                .usedFact("plan.foreignLawEvaluation", Outcome.YES);
    }

    @Test
    void foreignLawRiskJudgedUnacceptableIsNotMet() {
        assertThatResult(evaluateOn(aPlan().foreignLawEvaluation(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.foreignLawEvaluation", Decisions.DECIDED_BY);
    }

    @Test
    void evaluationNotYetRecordedIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.foreignLawEvaluation");
    }

    @Test
    void evaluationWithoutWhoDecidedIsPending() {
        assertThatResult(evaluateOn(aPlan().foreignLawEvaluation(Decisions.yesWithoutDecider())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.foreignLawEvaluation");
    }

    @Test
    void evaluationDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().foreignLawEvaluation(Decisions.yesOn(DATE.plusMonths(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.foreignLawEvaluation");
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void noExemptionLiftsTheForeignLawEvaluation(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().foreignLawEvaluation((Decision) null));

        assertThatFinding(a, "LAW-06").hasStatus(Status.PENDING).isNotExempt()
                .hasReason("reason.decision.missing", "@fact.plan.foreignLawEvaluation");
    }
}
