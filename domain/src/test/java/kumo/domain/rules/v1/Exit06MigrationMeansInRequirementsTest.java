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

/** EXIT-06 (§4(5) 「データ移行の手段を情報システムの要件定義に当初から考慮しておく」). A CITY step: YES → MET, NO → NOT_MET, not (completely) recorded by the assessment date → PENDING. */
class Exit06MigrationMeansInRequirementsTest {

    private final Exit06MigrationMeansInRequirements rule = new Exit06MigrationMeansInRequirements();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void migrationMeansInTheRequirementsFromTheStartIsMet() {
        assertThatResult(evaluateOn(aPlan().migrationMeansInRequirements(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.migrationMeansInRequirements", Decisions.DECIDED_BY)
                .usedFact("plan.migrationMeansInRequirements", Outcome.YES);
    }

    @Test
    void requirementsWithoutMigrationMeansAreNotMet() {
        assertThatResult(evaluateOn(aPlan().migrationMeansInRequirements(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.migrationMeansInRequirements", Decisions.DECIDED_BY)
                .usedFact("plan.migrationMeansInRequirements", Outcome.NO);
    }

    @Test
    void migrationMeansNotYetConsideredIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.migrationMeansInRequirements").usedFact("plan.migrationMeansInRequirements", null);
    }

    @Test
    void recordWithoutOutcomeIsPending() {
        assertThatResult(evaluateOn(aPlan().migrationMeansInRequirements(Decisions.withoutOutcome())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.migrationMeansInRequirements");
    }

    @Test
    void decisionDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().migrationMeansInRequirements(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.migrationMeansInRequirements", DATE.plusDays(1));
    }
}
