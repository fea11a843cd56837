package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.rules.v1.RuleTesting.parameters;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.testdata.Plans;

/** PROC-03 (§4(4) 「…予算要求段階で協議を行い」): the same consultation at the budget-request stage. */
class Proc03BudgetConsultationTest {

    private final Proc03BudgetConsultation rule = new Proc03BudgetConsultation();

    private static final LocalDate HELD_ON = DATE.minusMonths(2);

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void budgetConsultationWithoutObjectionIsMet() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.BUDGET, HELD_ON, AdvisorView.NO_OBJECTION)))
                .isMet().hasReason("reason.consultation.held", "@stage.BUDGET", HELD_ON, "@view.NO_OBJECTION")
                .usedFact("consultation.BUDGET", AdvisorView.NO_OBJECTION);
    }

    @Test
    void planningConsultationDoesNotStandForTheBudgetOne() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.PLANNING, HELD_ON, AdvisorView.NO_OBJECTION)))
                .isPending().hasReason("reason.consultation.notHeld", "@stage.BUDGET").usedFact("consultation.BUDGET", null);
    }

    @Test
    void objectionKeepsBudgetConsultationPendingUntilResolved() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.BUDGET, HELD_ON, AdvisorView.OBJECTION)))
                .isPending().hasReason("reason.consultation.objection", "@stage.BUDGET", HELD_ON);
    }

    @Test
    void resolvedObjectionIsMet() {
        assertThatResult(evaluateOn(aPlan().resolvedObjection(ConsultationStage.BUDGET, HELD_ON, HELD_ON.plusDays(10))))
                .isMet().hasReason("reason.consultation.resolved", "@stage.BUDGET", HELD_ON);
    }

    @Test
    void consultationSwitchedOffIsNotApplicable() {
        RuleResult r = evaluate(rule, aSystem(), aService(), aPlan(), DATE, parameters().withCioConsultationRequired(false));

        assertThatResult(r).isNotApplicable().hasReason("reason.consultation.switchedOff");
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void consultationIsExemptUnderEveryExemption(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().clearConsultations()
                .consultation(ConsultationStage.BUDGET, HELD_ON, AdvisorView.OBJECTION));

        assertThatFinding(a, "PROC-03").isExemptUnder(exemption.id).hasRuleStatus(Status.PENDING)
                .hasReason("reason.consultation.objection");
    }
}
