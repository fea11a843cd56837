package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;
import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.testdata.Plans.aCompletePlan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Decision;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.Outcome;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;

/** ASR-10 (§2オ 「総合的・客観的に評価し判断すること」; never exempt). A CITY step: YES → MET, NO → NOT_MET, not (completely) recorded by the assessment date → PENDING. */
class Asr10OverallJudgmentTest {

    private final Asr10OverallJudgment rule = new Asr10OverallJudgment();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void reliableOnTheWholeIsMet() {
        assertThatResult(evaluateOn(aPlan().overallJudgment(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.overallJudgment", Decisions.DECIDED_BY)
                .usedFact("plan.overallJudgment", Outcome.YES);
    }

    @Test
    void judgedNotReliableEnoughIsNotMet() {
        assertThatResult(evaluateOn(aPlan().overallJudgment(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.overallJudgment", Decisions.DECIDED_BY)
                .usedFact("plan.overallJudgment", Outcome.NO);
    }

    @Test
    void overallJudgmentNotYetMadeIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.overallJudgment").usedFact("plan.overallJudgment", null);
    }

    @Test
    void recordWithoutOutcomeIsPending() {
        assertThatResult(evaluateOn(aPlan().overallJudgment(Decisions.withoutOutcome())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.overallJudgment");
    }

    @Test
    void decisionDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().overallJudgment(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.overallJudgment", DATE.plusDays(1));
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void noExemptionLiftsIt(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().overallJudgment((Decision) null));

        assertThatFinding(a, "ASR-10").hasStatus(Status.PENDING).isNotExempt()
                .hasReason("reason.decision.missing", "@fact.plan.overallJudgment");
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void aNegativeOutcomeStaysNotMetUnderEveryExemption(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().overallJudgment(Outcome.NO));

        assertThatFinding(a, "ASR-10").hasStatus(Status.NOT_MET).isNotExempt()
                .hasReason("reason.decision.no", "@fact.plan.overallJudgment");
    }
}
