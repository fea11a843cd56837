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

/**
 * PROC-04 (§2エ 「運用段階で委託先が変更となる場合…継承が必須なセキュリティ要件について、変更後の委託先における維持・向上の確実性を事前に確認すること」):
 * applies only when the contractor changes during operation.
 */
class Proc04ContractorChangeTest {

    private final Proc04ContractorChange rule = new Proc04ContractorChange();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void inheritedRequirementsConfirmedBeforeTheChangeAreMet() {
        assertThatResult(evaluateOn(aPlan().contractorChanging(Decisions.yes())))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.inheritedRequirementsConfirmed")
                .usedFact("plan.contractorChange", true).usedFact("plan.previousProvider", "旧クラウド事業者株式会社");
    }

    @Test
    void newContractorNotKeepingTheRequirementsIsNotMet() {
        assertThatResult(evaluateOn(aPlan().contractorChanging(Decisions.no())))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.inheritedRequirementsConfirmed");
    }

    @Test
    void changeWithoutConfirmationIsPending() {
        assertThatResult(evaluateOn(aPlan().contractorChanging(null)))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.inheritedRequirementsConfirmed");
    }

    @Test
    void confirmationDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().contractorChanging(Decisions.decided(Outcome.YES, DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.inheritedRequirementsConfirmed");
    }

    @Test
    void noContractorChangeIsNotApplicable() {
        assertThatResult(evaluateOn(aPlan().noContractorChange()))
                .isNotApplicable().hasReason("PROC-04.noChange").usedFact("plan.contractorChange", false);
    }

    @Test
    void unknownWhetherTheContractorChangesIsUnknown() {
        assertThatResult(evaluateOn(aPlan()))
                .isUnknown().namesUnknownFact("plan.contractorChange").usedFact("plan.contractorChange", null)
                .asks("PROC-04.question");
    }
}
