package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.assess;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.rules.v1.RuleTesting.parameters;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Assessor;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.Consultation;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.testdata.Plans;

/**
 * PROC-02 (§4(4) 「当面の間、情報セキュリティ管理者…を通じて CIO 補佐官に企画段階…で協議を行い」): the planning-stage
 * consultation is held and the advisor's view recorded; an objection keeps it PENDING until resolved
 * (kumo: involvement, not a veto). Switched off with the catalogue parameter.
 */
class Proc02PlanningConsultationTest {

    private final Proc02PlanningConsultation rule = new Proc02PlanningConsultation();

    private static final LocalDate HELD_ON = DATE.minusMonths(3);

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void planningConsultationWithoutObjectionIsMet() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.PLANNING, HELD_ON, AdvisorView.NO_OBJECTION)))
                .isMet().hasReason("reason.consultation.held", "@stage.PLANNING", HELD_ON, "@view.NO_OBJECTION")
                .usedFact("consultation.PLANNING", AdvisorView.NO_OBJECTION);
    }

    @Test
    void adviceWithConditionsIsAConsultationHeld() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.PLANNING, HELD_ON, AdvisorView.CONDITIONS)))
                .isMet().hasReason("reason.consultation.held", "@stage.PLANNING", HELD_ON, "@view.CONDITIONS");
    }

    @Test
    void consultationNotYetHeldIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.consultation.notHeld", "@stage.PLANNING").usedFact("consultation.PLANNING", null);
    }

    @Test
    void budgetConsultationDoesNotStandForThePlanningOne() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.BUDGET, HELD_ON, AdvisorView.NO_OBJECTION)))
                .isPending().hasReason("reason.consultation.notHeld", "@stage.PLANNING");
    }

    @Test
    void objectionKeepsPlanningConsultationPendingUntilResolved() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.PLANNING, HELD_ON, AdvisorView.OBJECTION)))
                .isPending().hasReason("reason.consultation.objection", "@stage.PLANNING", HELD_ON)
                .usedFact("consultation.PLANNING", AdvisorView.OBJECTION);
    }

    @Test
    void resolvedObjectionIsMet() {
        assertThatResult(evaluateOn(aPlan().resolvedObjection(ConsultationStage.PLANNING, HELD_ON, HELD_ON.plusWeeks(2))))
                .isMet().hasReason("reason.consultation.resolved", "@stage.PLANNING", HELD_ON);
    }

    @Test
    void resolutionDatedAfterAssessmentKeepsItPending() {
        assertThatResult(evaluateOn(aPlan().resolvedObjection(ConsultationStage.PLANNING, HELD_ON, DATE.plusDays(1))))
                .isPending().hasReason("reason.consultation.resolvedLater", "@stage.PLANNING");
    }

    @Test
    void consultationDatedAfterAssessmentIsNotYetHeld() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.PLANNING, DATE.plusDays(1), AdvisorView.NO_OBJECTION)))
                .isPending().hasReason("reason.consultation.future", "@stage.PLANNING");
    }

    @Test
    void consultationWithoutWhoRecordedItIsNotYetHeld() {
        assertThatResult(evaluateOn(aPlan().consultation(new Consultation(ConsultationStage.PLANNING, HELD_ON,
                AdvisorView.NO_OBJECTION, "意見なし", null, null, null))))
                .isPending().hasReason("reason.consultation.incomplete", "@stage.PLANNING");
    }

    @Test
    void laterConsultationWithoutObjectionSupersedesAnEarlierObjection() {
        assertThatResult(evaluateOn(aPlan().consultation(ConsultationStage.PLANNING, HELD_ON, AdvisorView.OBJECTION)
                .consultation(ConsultationStage.PLANNING, HELD_ON.plusMonths(1), AdvisorView.NO_OBJECTION)))
                .isMet().hasReason("reason.consultation.held", "@stage.PLANNING", HELD_ON.plusMonths(1));
    }

    @Test
    void consultationSwitchedOffIsNotApplicable() {
        RuleResult r = evaluate(rule, aSystem(), aService(), aPlan(), DATE, parameters().withCioConsultationRequired(false));

        assertThatResult(r).isNotApplicable().hasReason("reason.consultation.switchedOff");
    }

    @Test
    void consultationSwitchedOffThroughTheCatalogueIsNotApplicableInTheAssessment() {
        Assessor assessor = new Assessor(RuleTesting.CATALOGUE.withParameters(parameters().withCioConsultationRequired(false)));
        Assessment a = assessor.assess(aCompleteC2System().build(), aFullyCapableService().notOnIsmapList().build(),
                aCompletePlan().clearConsultations().build(), DATE);

        assertThatFinding(a, "PROC-02").hasStatus(Status.NOT_APPLICABLE).hasReason("reason.consultation.switchedOff");
    }

    @ParameterizedTest
    @EnumSource(ExemptionCase.class)
    void consultationIsExemptUnderEveryExemption(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompletePlan().clearConsultations());

        assertThatFinding(a, "PROC-02").isExemptUnder(exemption.id).hasRuleStatus(Status.PENDING)
                .hasReason("reason.consultation.notHeld");
    }

    @Test
    void ismapListingDoesNotExemptBeforeTheRouteIsInForce() {
        LocalDate before = LocalDate.of(2021, 3, 11);
        Assessment a = assess(aCompleteC2System(),
                aFullyCapableService().ismapUnknown().onIsmapList(LocalDate.of(2021, 3, 1), LocalDate.of(2023, 3, 1)),
                aCompletePlan().clearConsultations(), before);

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThatFinding(a, "PROC-02").hasStatus(Status.PENDING).isNotExempt();
    }
}
