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

/** ASR-11 (§4(3) 「本市の情報セキュリティポリシーを満たしていることを確認するものとする」; never exempt). A CITY step: YES → MET, NO → NOT_MET, not (completely) recorded by the assessment date → PENDING. */
class Asr11PolicyConformanceConfirmedTest {

    private final Asr11PolicyConformanceConfirmed rule = new Asr11PolicyConformanceConfirmed();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void conformanceToTheCitysPolicyConfirmedIsMet() {
        assertThatResult(evaluateOn(aPlan().policyConformance(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.policyConformance", Decisions.DECIDED_BY)
                .usedFact("plan.policyConformance", Outcome.YES);
    }

    @Test
    void serviceFoundNotToSatisfyThePolicyIsNotMet() {
        assertThatResult(evaluateOn(aPlan().policyConformance(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.policyConformance", Decisions.DECIDED_BY)
                .usedFact("plan.policyConformance", Outcome.NO);
    }

    @Test
    void conformanceNotYetConfirmedIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.policyConformance").usedFact("plan.policyConformance", null);
    }

    @Test
    void recordWithoutOutcomeIsPending() {
        assertThatResult(evaluateOn(aPlan().policyConformance(Decisions.withoutOutcome())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.policyConformance");
    }

    @Test
    void decisionDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().policyConformance(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.policyConformance", DATE.plusDays(1));
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void noExemptionLiftsIt(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().policyConformance((Decision) null));

        assertThatFinding(a, "ASR-11").hasStatus(Status.PENDING).isNotExempt()
                .hasReason("reason.decision.missing", "@fact.plan.policyConformance");
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void aNegativeOutcomeStaysNotMetUnderEveryExemption(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().policyConformance(Outcome.NO));

        assertThatFinding(a, "ASR-11").hasStatus(Status.NOT_MET).isNotExempt()
                .hasReason("reason.decision.no", "@fact.plan.policyConformance");
    }
}
