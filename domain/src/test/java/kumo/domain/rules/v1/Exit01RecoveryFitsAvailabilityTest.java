package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.assess;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.classification.Availability;
import kumo.domain.plan.Deviation;
import kumo.domain.testdata.Dates;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

/**
 * EXIT-01 (§2ウ 可用性区分の格付に応じた、サービス中断時の復旧要件; kumo's reading): the recovery time is stated
 * and within the system's tolerated outage; for 可用性2 the tolerated outage must be stated. Deviable.
 */
class Exit01RecoveryFitsAvailabilityTest {

    private final Exit01RecoveryFitsAvailability rule = new Exit01RecoveryFitsAvailability();

    private RuleResult evaluateOn(Systems system, Services service) {
        return evaluate(rule, system, service, aPlan());
    }

    @Test
    void recoveryWithinToleratedOutageIsMet() {
        assertThatResult(evaluateOn(aSystem().availability(Availability.A2).toleratedOutageHours(24.0),
                aService().recoveryTimeHours(4.0)))
                .isMet().hasReason("EXIT-01.withinTolerated", 4.0, 24.0)
                .usedFact("continuity.recoveryTimeHours", 4.0).usedFact("system.toleratedOutageHours", 24.0);
    }

    @Test
    void recoveryTimeEqualToToleratedOutageIsMet() {
        assertThatResult(evaluateOn(aSystem().toleratedOutageHours(8.0), aService().recoveryTimeHours(8.0)))
                .isMet().hasReason("EXIT-01.withinTolerated", 8.0, 8.0);
    }

    @Test
    void recoveryLongerThanToleratedOutageIsNotMet() {
        assertThatResult(evaluateOn(aSystem().toleratedOutageHours(8.0), aService().recoveryTimeHours(8.5)))
                .isNotMet().hasReason("EXIT-01.exceedsTolerated", 8.5, 8.0);
    }

    @Test
    void noRecoveryTimeStatedIsNotMet() {
        assertThatResult(evaluateOn(aSystem().toleratedOutageHours(24.0), aService().noRecoveryTimeStated()))
                .isNotMet().hasReason("reason.fact.no", "@fact.continuity.recoveryTimeHours");
    }

    @Test
    void unknownRecoveryTimeIsUnknown() {
        assertThatResult(evaluateOn(aSystem().toleratedOutageHours(24.0), aService()))
                .isUnknown().namesUnknownFact("continuity.recoveryTimeHours").usedFact("continuity.recoveryTimeHours", null);
    }

    @Test
    void availability1NeedsOnlyAStatedRecoveryTime() {
        assertThatResult(evaluateOn(aSystem().availability(Availability.A1), aService().recoveryTimeHours(72.0)))
                .isMet().hasReason("EXIT-01.statedA1", 72.0).usedFact("classification.availability", Availability.A1);
    }

    @Test
    void availability2WithoutToleratedOutageCannotBeJudged() {
        assertThatResult(evaluateOn(aSystem().availability(Availability.A2), aService().recoveryTimeHours(4.0)))
                .isUnknown().hasReason("EXIT-01.toleratedOutageNeeded").usedFact("system.toleratedOutageHours", null);
    }

    @Test
    void unknownAvailabilityWithoutToleratedOutageIsJudgedStrictly() {
        assertThatResult(evaluateOn(aSystem(), aService().recoveryTimeHours(4.0)))
                .isUnknown().hasReason("EXIT-01.toleratedOutageNeeded").usedFact("classification.availability", null);
    }

    @Test
    void toleratedOutageAppliesToAvailability1Too() {
        assertThatResult(evaluateOn(aSystem().availability(Availability.A1).toleratedOutageHours(2.0),
                aService().recoveryTimeHours(4.0)))
                .isNotMet().hasReason("EXIT-01.exceedsTolerated", 4.0, 2.0);
    }

    // ---- deviation (§2ウ 「以下を例とする」) -------------------------------------------------------

    private static Assessment assessTooSlowRecovery(Plans plan) {
        return assess(aCompleteC2System().toleratedOutageHours(2.0), aFullyCapableService().recoveryTimeHours(4.0), plan);
    }

    @Test
    void approvedDeviationMakesTooSlowRecoveryDeviated() {
        Assessment a = assessTooSlowRecovery(aCompletePlan().approvedDeviation("EXIT-01"));

        assertThatFinding(a, "EXIT-01").isDeviated().hasRuleStatus(Status.NOT_MET)
                .hasReason("finding.deviated", Plans.APPROVER, Dates.DECIDED_ON);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assessTooSlowRecovery(aCompletePlan().unapprovedDeviation("EXIT-01"));

        assertThatFinding(a, "EXIT-01").awaitsDeviationApproval().hasRuleStatus(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void deviationNotTiedToTheFlowWideDesignIsNotApproved() {
        Assessment a = assessTooSlowRecovery(aCompletePlan()
                .deviation(new Deviation("EXIT-01", "コスト削減のため", false, Plans.APPROVER, Dates.DECIDED_ON)));

        assertThatFinding(a, "EXIT-01").awaitsDeviationApproval();
    }

    @Test
    void deviationApprovedAfterTheAssessmentDateIsPending() {
        Assessment a = assessTooSlowRecovery(aCompletePlan()
                .deviation(new Deviation("EXIT-01", "代替策あり", true, Plans.APPROVER, Dates.ASSESSMENT_DATE.plusDays(1))));

        assertThatFinding(a, "EXIT-01").hasDeviationApprovedAfterTheAssessmentDate();
    }

    @Test
    void withoutDeviationTooSlowRecoveryMakesTheServiceNotEligible() {
        Assessment a = assessTooSlowRecovery(aCompletePlan().approvedDeviation("EXIT-02"));

        assertThatFinding(a, "EXIT-01").hasStatus(Status.NOT_MET).hasReason("EXIT-01.exceedsTolerated");
        assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void deviationLeavesAMetRequirementMet() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(), aCompletePlan().approvedDeviation("EXIT-01"));

        assertThatFinding(a, "EXIT-01").hasStatus(Status.MET).hasReason("EXIT-01.withinTolerated")
                .doesNotHaveReason("finding.deviated");
    }

    @Test
    void approvedDeviationAlsoCoversAnUnknownRecoveryTime() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().recoveryTimeHours(null),
                aCompletePlan().approvedDeviation("EXIT-01"));

        assertThatFinding(a, "EXIT-01").isDeviated().hasRuleStatus(Status.UNKNOWN);
    }
}
