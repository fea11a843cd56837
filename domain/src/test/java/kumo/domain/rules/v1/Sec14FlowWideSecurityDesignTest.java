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

/** SEC-14 (§2エ 「情報の流通経路全般を見渡した形でセキュリティ設計を行った上でセキュリティ要件を定めること」「契約内容にも含めること」; never exempt). A CITY step: YES → MET, NO → NOT_MET, not (completely) recorded by the assessment date → PENDING. */
class Sec14FlowWideSecurityDesignTest {

    private final Sec14FlowWideSecurityDesign rule = new Sec14FlowWideSecurityDesign();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void flowWideDesignWrittenIntoTheContractIsMet() {
        assertThatResult(evaluateOn(aPlan().flowWideSecurityDesign(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.flowWideSecurityDesign", Decisions.DECIDED_BY)
                .usedFact("plan.flowWideSecurityDesign", Outcome.YES);
    }

    @Test
    void designNotCoveringTheCloudPartIsNotMet() {
        assertThatResult(evaluateOn(aPlan().flowWideSecurityDesign(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.flowWideSecurityDesign", Decisions.DECIDED_BY)
                .usedFact("plan.flowWideSecurityDesign", Outcome.NO);
    }

    @Test
    void flowWideDesignNotYetDoneIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.flowWideSecurityDesign").usedFact("plan.flowWideSecurityDesign", null);
    }

    @Test
    void recordWithoutOutcomeIsPending() {
        assertThatResult(evaluateOn(aPlan().flowWideSecurityDesign(Decisions.withoutOutcome())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.flowWideSecurityDesign");
    }

    @Test
    void decisionDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().flowWideSecurityDesign(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.flowWideSecurityDesign", DATE.plusDays(1));
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void noExemptionLiftsIt(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().flowWideSecurityDesign((Decision) null));

        assertThatFinding(a, "SEC-14").hasStatus(Status.PENDING).isNotExempt()
                .hasReason("reason.decision.missing", "@fact.plan.flowWideSecurityDesign");
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void aNegativeOutcomeStaysNotMetUnderEveryExemption(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().flowWideSecurityDesign(Outcome.NO));

        assertThatFinding(a, "SEC-14").hasStatus(Status.NOT_MET).isNotExempt()
                .hasReason("reason.decision.no", "@fact.plan.flowWideSecurityDesign");
    }
}
