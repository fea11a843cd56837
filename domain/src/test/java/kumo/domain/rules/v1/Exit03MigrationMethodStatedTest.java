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

/** EXIT-03 (§2ウ データ移行方法): a data migration method at the end of the service is stated. Deviable. */
class Exit03MigrationMethodStatedTest {

    private final Exit03MigrationMethodStated rule = new Exit03MigrationMethodStated();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void migrationMethodStatedIsMet() {
        assertThatResult(evaluateOn(aService().migrationMethodStated(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.continuity.migrationMethodStated")
                .usedFact("continuity.migrationMethodStated", true);
    }

    @Test
    void noMigrationMethodIsNotMet() {
        assertThatResult(evaluateOn(aService().migrationMethodStated(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.continuity.migrationMethodStated");
    }

    @Test
    void unknownMigrationMethodIsUnknown() {
        assertThatResult(evaluateOn(aService())).isUnknown().namesUnknownFact("continuity.migrationMethodStated");
    }

    @Test
    void approvedDeviationMakesMissingMigrationMethodDeviated() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().migrationMethodStated(false),
                aCompletePlan().approvedDeviation("EXIT-03"));

        assertThatFinding(a, "EXIT-03").isDeviated().hasRuleStatus(Status.NOT_MET);
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().migrationMethodStated(false),
                aCompletePlan().unapprovedDeviation("EXIT-03"));

        assertThatFinding(a, "EXIT-03").awaitsDeviationApproval().hasRuleStatus(Status.NOT_MET);
    }

    @Test
    void deviationForAnotherRequirementDoesNotCount() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().migrationMethodStated(false),
                aCompletePlan().approvedDeviation("EXIT-02"));

        assertThatFinding(a, "EXIT-03").hasStatus(Status.NOT_MET).doesNotHaveReason("finding.deviated");
    }
}
