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

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

/**
 * SEC-06 (§2エ 復旧時点目標（BPO）等の指標, 「BPO」 read as RPO): an RPO is stated and within the system's
 * tolerated data loss where one is stated (kumo's reading). Deviable.
 */
class Sec06RecoveryPointObjectiveTest {

    private final Sec06RecoveryPointObjective rule = new Sec06RecoveryPointObjective();

    private RuleResult evaluateOn(Systems system, Services service) {
        return evaluate(rule, system, service, aPlan());
    }

    @Test
    void rpoWithinToleratedDataLossIsMet() {
        assertThatResult(evaluateOn(aSystem().toleratedDataLossHours(24.0), aService().recoveryPointHours(1.0)))
                .isMet().hasReason("SEC-06.withinTolerated", 1.0, 24.0)
                .usedFact("continuity.recoveryPointHours", 1.0).usedFact("system.toleratedDataLossHours", 24.0);
    }

    @Test
    void rpoEqualToToleratedDataLossIsMet() {
        assertThatResult(evaluateOn(aSystem().toleratedDataLossHours(6.0), aService().recoveryPointHours(6.0)))
                .isMet().hasReason("SEC-06.withinTolerated", 6.0, 6.0);
    }

    @Test
    void rpoBeyondToleratedDataLossIsNotMet() {
        assertThatResult(evaluateOn(aSystem().toleratedDataLossHours(6.0), aService().recoveryPointHours(24.0)))
                .isNotMet().hasReason("SEC-06.exceedsTolerated", 24.0, 6.0);
    }

    @Test
    void statedRpoWithoutToleratedDataLossIsMet() {
        assertThatResult(evaluateOn(aSystem(), aService().recoveryPointHours(24.0)))
                .isMet().hasReason("SEC-06.stated", 24.0).usedFact("system.toleratedDataLossHours", null);
    }

    @Test
    void noRpoStatedIsNotMet() {
        assertThatResult(evaluateOn(aSystem().toleratedDataLossHours(24.0), aService().noRecoveryPointStated()))
                .isNotMet().hasReason("reason.fact.no", "@fact.continuity.recoveryPointHours");
    }

    @Test
    void unknownRpoIsUnknown() {
        assertThatResult(evaluateOn(aSystem().toleratedDataLossHours(24.0), aService()))
                .isUnknown().namesUnknownFact("continuity.recoveryPointHours").usedFact("continuity.recoveryPointHours", null);
    }

    @Test
    void approvedDeviationMakesItDeviated() {
        Assessment a = assess(aCompleteC2System().toleratedDataLossHours(0.5), aFullyCapableService().recoveryPointHours(1.0),
                aCompletePlan().approvedDeviation("SEC-06"));

        assertThatFinding(a, "SEC-06").isDeviated().hasRuleStatus(Status.NOT_MET).hasReason("SEC-06.exceedsTolerated");
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().noRecoveryPointStated(),
                aCompletePlan().unapprovedDeviation("SEC-06"));

        assertThatFinding(a, "SEC-06").awaitsDeviationApproval().hasRuleStatus(Status.NOT_MET);
    }
}
