package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.rules.v1.RuleTesting.parameters;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.classification.Confidentiality;
import kumo.domain.plan.Decision;
import kumo.domain.testdata.Dates;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/**
 * PROC-05 (§4(7) 「原則として公表される登録クラウドサービスリストの中からクラウドサービスを選定することとし、同リストの中から選定が困難なときは…」):
 * while the ISMAP route is in force (from 2021-03-12 in catalogue v1), a service not on the ISMAP list
 * needs the recorded reason that choosing from the list was difficult. Not for 機密性3 or My Number
 * information, which §4(3) keeps off public cloud altogether.
 */
class Proc05IsmapListReasonTest {

    private final Proc05IsmapListReason rule = new Proc05IsmapListReason();

    private static final String REASON = "要件を満たす登録サービスが無い";

    private RuleResult evaluateOn(Services service, Plans plan) {
        return evaluate(rule, aSystem(), service, plan);
    }

    @Test
    void reasonRecordedForAServiceOffTheListIsMet() {
        assertThatResult(evaluateOn(aService().notOnIsmapList(), aPlan().ismapDifficultyReason(REASON)))
                .isMet().hasReason("PROC-05.reasonRecorded", Decisions.DECIDED_BY)
                .usedFact("evidence.ismapValid", false).usedFact("plan.ismapDifficultyReason", REASON);
    }

    @Test
    void lgwanAspOffTheListNeedsNoReasonBecauseSection46IsItsOwnRoute() {
        assertThatResult(evaluateOn(aService().lgwanAsp().notOnIsmapList(), aPlan()))
                .isNotApplicable().hasReason("PROC-05.lgwanAsp");
    }

    @Test
    void secretInformationNeedsNoReasonBecauseItStaysOffPublicCloud() {
        assertThatResult(evaluate(rule, aSystem().confidentiality(Confidentiality.C3).myNumber(false),
                aService().publicCloud().notOnIsmapList(), aPlan()))
                .isNotApplicable().hasReason("PROC-05.notForPublicCloud").doesNotHaveReason("PROC-05.reasonMissing");
    }

    @Test
    void c3aInFiveLevelSchemeNeedsNoReasonEither() {
        assertThatResult(evaluate(rule, aSystem().fiveLevelConfidentiality(Confidentiality.C3A).myNumber(false),
                aService().publicCloud().notOnIsmapList(), aPlan()))
                .isNotApplicable().hasReason("PROC-05.notForPublicCloud");
    }

    @Test
    void myNumberInformationNeedsNoReasonBecauseItStaysOffPublicCloud() {
        assertThatResult(evaluate(rule, aSystem().confidentiality(Confidentiality.C2).myNumber(true),
                aService().publicCloud().notOnIsmapList(), aPlan()))
                .isNotApplicable().hasReason("PROC-05.notForPublicCloud").doesNotHaveReason("PROC-05.reasonMissing");
    }

    @Test
    void confidentiality2WithoutMyNumberStillNeedsTheReason() {
        assertThatResult(evaluate(rule, aSystem().confidentiality(Confidentiality.C2).myNumber(false),
                aService().publicCloud().notOnIsmapList(), aPlan()))
                .isPending().hasReason("PROC-05.reasonMissing").doesNotHaveReason("PROC-05.notForPublicCloud");
    }

    @Test
    void publicCloudOffTheListStillNeedsTheReason() {
        assertThatResult(evaluateOn(aService().publicCloud().notOnIsmapList(), aPlan()))
                .isPending().hasReason("PROC-05.reasonMissing");
    }

    @Test
    void serviceOffTheListWithoutAReasonIsPending() {
        assertThatResult(evaluateOn(aService().notOnIsmapList(), aPlan()))
                .isPending().hasReason("PROC-05.reasonMissing").usedFact("plan.ismapDifficultyReason", null);
    }

    @Test
    void reasonWithoutWhoRecordedItIsPending() {
        assertThatResult(evaluateOn(aService().notOnIsmapList(),
                aPlan().ismapDifficultyReason(new Decision(null, REASON, null, Dates.DECIDED_ON))))
                .isPending().hasReason("PROC-05.reasonMissing");
    }

    @Test
    void reasonDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(aService().notOnIsmapList(),
                aPlan().ismapDifficultyReason(new Decision(null, REASON, Decisions.DECIDED_BY, DATE.plusDays(1)))))
                .isPending().hasReason("PROC-05.reasonMissing");
    }

    @Test
    void ismapLiuOnlyStillNeedsTheReason() {
        assertThatResult(evaluateOn(aService().notOnIsmapList().onIsmapLiuList(DATE.plusYears(1)), aPlan()))
                .isPending().hasReason("PROC-05.reasonMissing").usedFact("evidence.ismapValid", false);
    }

    @Test
    void expiredRegistrationStillNeedsTheReason() {
        assertThatResult(evaluateOn(aService().onIsmapList(DATE.minusDays(1)), aPlan()))
                .isPending().hasReason("PROC-05.reasonMissing").usedFact("evidence.ismapValid", false);
    }

    @Test
    void serviceOnTheListIsNotApplicable() {
        assertThatResult(evaluateOn(aService().onIsmapList(DATE.plusYears(1)), aPlan()))
                .isNotApplicable().hasReason("PROC-05.listed").usedFact("evidence.ismapValid", true);
    }

    @Test
    void unknownListingIsUnknown() {
        assertThatResult(evaluateOn(aService(), aPlan()))
                .isUnknown().namesUnknownFact("evidence.ismapValid").usedFact("evidence.ismapValid", null)
                .asks("PROC-05.question");
    }

    @Test
    void ismapRouteNotYetInForceBefore20210312() {
        RuleResult r = evaluate(rule, aSystem(), aService().notOnIsmapList(), aPlan(), LocalDate.of(2021, 3, 11));

        assertThatResult(r).isNotApplicable().hasReason("PROC-05.routeNotInForce");
    }

    @Test
    void ismapRouteInForceFrom20210312() {
        RuleResult r = evaluate(rule, aSystem(), aService().notOnIsmapList(), aPlan(), LocalDate.of(2021, 3, 12));

        assertThatResult(r).isPending().hasReason("PROC-05.reasonMissing");
    }

    @Test
    void ismapRouteSwitchedOffIsNotApplicable() {
        RuleResult r = evaluate(rule, aSystem(), aService().notOnIsmapList(), aPlan(), DATE,
                parameters().withIsmapRouteFrom(null));

        assertThatResult(r).isNotApplicable().hasReason("PROC-05.routeNotInForce");
    }
}
