package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.classification.Confidentiality;
import kumo.domain.classification.HandlingRestriction;
import kumo.domain.classification.InformationClassification;
import kumo.domain.plan.Outcome;
import kumo.domain.service.Deployment;
import kumo.domain.testdata.Dates;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

/** ENT-04 (§2ア 「可否を判断すること」): the information manager decided whether the information may be entrusted. */
class Ent04EntrustmentDecidedTest {

    private final Ent04EntrustmentDecided rule = new Ent04EntrustmentDecided();

    private RuleResult evaluateOn(Systems system, Services service, Plans plan) {
        return evaluate(rule, system, service, plan);
    }

    private RuleResult evaluateOn(Plans plan) {
        return evaluateOn(aSystem().confidentiality(Confidentiality.C2).myNumber(false), aService().publicCloud(), plan);
    }

    @Test
    void entrustmentDecidedYesIsMet() {
        assertThatResult(evaluateOn(aPlan().entrustment(Outcome.YES)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.entrustment", Decisions.DECIDED_BY)
                .usedFact("plan.entrustment", Outcome.YES);
    }

    @Test
    void entrustmentDecidedNoIsNotMet() {
        assertThatResult(evaluateOn(aPlan().entrustment(Outcome.NO)))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.entrustment")
                .usedFact("plan.entrustment", Outcome.NO)
                .as("a refusal is closed by changing the plan").hasFix(Fix.PLAN);
    }

    @Test
    void entrustmentNotYetDecidedIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.entrustment").usedFact("plan.entrustment", null)
                .hasFix(Fix.PLAN);
    }

    @Test
    void decisionWithoutRationaleIsPending() {
        assertThatResult(evaluateOn(aPlan().entrustment(Decisions.yesWithoutRationale())))
                .isPending().hasReason("reason.decision.incomplete", "@fact.plan.entrustment");
    }

    @Test
    void decisionDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aPlan().entrustment(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.entrustment", DATE.plusDays(1));
    }

    @Test
    void decisionTakenOnTheAssessmentDayCounts() {
        assertThatResult(evaluateOn(aPlan().entrustment(Decisions.yesOn(DATE))))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.entrustment", Decisions.DECIDED_BY, DATE);
    }

    @ParameterizedTest
    @EnumSource(value = Deployment.class, names = {"LGWAN_ASP", "PRIVATE"})
    void secretInformationOffPublicCloudMustBeAddressedExplicitly(Deployment deployment) {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3).myNumber(false),
                aService().deployment(deployment), aPlan().entrustment(Outcome.YES));

        assertThatResult(r).isPending().hasReason("ENT-04.sensitiveNotAddressed", "@deployment." + deployment.name())
                .usedFact("plan.entrustmentAddressesSecretOrMyNumber", null).hasFix(Fix.PLAN);
    }

    @Test
    void myNumberInformationOnLgwanAspAddressedExplicitlyIsMet() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C2).myNumber(true), aService().lgwanAsp(),
                aPlan().entrustment(Outcome.YES).entrustmentAddressesSecretOrMyNumber(true));

        assertThatResult(r).isMet().hasReason("ENT-04.sensitiveAddressed")
                .usedFact("plan.entrustmentAddressesSecretOrMyNumber", true);
    }

    @Test
    void myNumberInformationOnPrivateCloudNotAddressedIsPending() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C2).myNumber(true), aService().privateCloud(),
                aPlan().entrustment(Outcome.YES).entrustmentAddressesSecretOrMyNumber(false));

        assertThatResult(r).isPending().hasReason("ENT-04.sensitiveNotAddressed", "@deployment.PRIVATE");
    }

    @Test
    void refusalOffPublicCloudIsNotMetEvenForSensitiveInformation() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3), aService().lgwanAsp(),
                aPlan().entrustment(Outcome.NO).entrustmentAddressesSecretOrMyNumber(true));

        assertThatResult(r).isNotMet().hasReason("reason.decision.no", "@fact.plan.entrustment").hasFix(Fix.PLAN);
    }

    @Test
    void secretInformationOnPublicCloudIsLeftToEnt01() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3), aService().publicCloud(),
                aPlan().entrustment(Outcome.YES));

        assertThatResult(r).isMet().hasReason("reason.decision.yes").doesNotHaveReason("ENT-04.sensitiveNotAddressed");
    }

    /**
     * SUSPECTED BUG (reported): policy-model §4 「A requirement whose applicability depends on an unknown
     * fact is evaluated as applicable, at its strictest level」. Whether 機密性3 must be addressed explicitly
     * depends on the deployment being non-public; with the deployment unknown the rule returns the bare
     * YES as MET instead of asking for the explicit treatment.
     */
    @Test
    void secretInformationOnUnknownDeploymentMustStillBeAddressedExplicitly() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3), aService(),
                aPlan().entrustment(Outcome.YES));

        assertThatResult(r).isPending().hasReason("ENT-04.sensitiveNotAddressed", "@value.unknown");
    }

    // ---- request format 2: the classification the decision was taken on

    private static Systems current() {
        return aSystem().confidentiality(Confidentiality.C2).myNumber(false);
    }

    @Test
    void aDecisionOnTheCurrentClassificationCounts() {
        InformationClassification same = current().buildClassification();
        assertThatResult(evaluateOn(current(), aService().publicCloud(), aPlan().entrustment(Outcome.YES).entrustmentClassification(same)))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.entrustment")
                .usedFact("plan.entrustmentClassification", Ent04EntrustmentDecided.describe(same));
    }

    @Test
    void aDecisionOnAnotherConfidentialityNoLongerCounts() {
        InformationClassification then = aSystem().confidentiality(Confidentiality.C1).myNumber(false).buildClassification();
        RuleResult r = evaluateOn(current(), aService().publicCloud(), aPlan().entrustment(Outcome.YES).entrustmentClassification(then));

        assertThatResult(r).isPending().hasReason("ENT-04.classificationChanged", Decisions.DECIDED_BY, Dates.DECIDED_ON,
                "confidentiality: C1 → C2").doesNotHaveReason("reason.decision.yes");
    }

    @Test
    void aNoOnAnotherClassificationNoLongerDecidesEither() {
        InformationClassification then = current().personalData(true).buildClassification();
        assertThatResult(evaluateOn(current().personalData(false), aService().publicCloud(),
                aPlan().entrustment(Outcome.NO).entrustmentClassification(then)))
                .isPending().hasReason("ENT-04.classificationChanged", Decisions.DECIDED_BY, Dates.DECIDED_ON,
                        "personalData: true → false");
    }

    @Test
    void aNoOnTheCurrentClassificationIsNotMet() {
        assertThatResult(evaluateOn(current(), aService().publicCloud(),
                aPlan().entrustment(Outcome.NO).entrustmentClassification(current().buildClassification())))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.entrustment");
    }

    @Test
    void aChangedHandlingRestrictionIsAChangedClassification() {
        InformationClassification then = current().buildClassification();
        Systems now = current().handlingRestrictions(HandlingRestriction.NO_COPY);
        assertThatResult(evaluateOn(now, aService().publicCloud(), aPlan().entrustment(Outcome.YES).entrustmentClassification(then)))
                .isPending().hasReason("ENT-04.classificationChanged");
    }

    @Test
    void withoutAStatedBasisTheDecisionCountsAsInFormat1() {
        assertThatResult(evaluateOn(current(), aService().publicCloud(), aPlan().entrustment(Outcome.YES)))
                .isMet().doesNotHaveReason("ENT-04.classificationChanged");
    }

    @Test
    void aMissingDecisionWithAStatedBasisIsPendingAsMissing() {
        assertThatResult(evaluateOn(current(), aService().publicCloud(),
                aPlan().entrustmentClassification(aSystem().confidentiality(Confidentiality.C3).buildClassification())))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.entrustment")
                .doesNotHaveReason("ENT-04.classificationChanged");
    }

    @Test
    void aChangedClassificationKeepsTheAssessmentConditional() {
        kumo.domain.assessment.Assessment a = RuleTesting.assess(Systems.aCompleteC2System(), kumo.domain.testdata.Services.aFullyCapableService(),
                kumo.domain.testdata.Plans.aCompletePlan().entrustmentClassification(
                        Systems.aCompleteC2System().confidentiality(Confidentiality.C1).buildClassification()));

        FindingAssert.assertThatFinding(a, "ENT-04").hasStatus(kumo.domain.catalogue.Status.PENDING);
        org.assertj.core.api.Assertions.assertThat(a.verdict()).isEqualTo(kumo.domain.assessment.Verdict.CONDITIONAL);
    }
}
