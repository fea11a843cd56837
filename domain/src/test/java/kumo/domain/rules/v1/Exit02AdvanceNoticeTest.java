package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.assess;
import static kumo.domain.rules.v1.RuleTesting.context;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.rules.v1.RuleTesting.parameters;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.testdata.Services;

/**
 * EXIT-02 (§2ウ 事前告知の方法・期限): advance notice of the service ending or changing, method and period
 * stated. The §5 別紙 form also asks for notice of interruption and of contract cancellation. Deviable.
 */
class Exit02AdvanceNoticeTest {

    private final Exit02AdvanceNotice rule = new Exit02AdvanceNotice();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    private Status section5Form(Services service) {
        return rule.section5Form(context(aSystem(), service, aPlan(), RuleTesting.DATE, parameters()));
    }

    @Test
    void methodAndPeriodStatedIsMet() {
        assertThatResult(evaluateOn(aService().advanceNotice("書面", 90)))
                .isMet().hasReason("EXIT-02.stated", 90, "書面")
                .usedFact("advanceNotice.method", "書面").usedFact("advanceNotice.periodDays", 90);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void noNoticePeriodIsNotMet(int days) {
        assertThatResult(evaluateOn(aService().advanceNotice("電子メール", days)))
                .isNotMet().hasReason("EXIT-02.noNotice").usedFact("advanceNotice.periodDays", days);
    }

    @Test
    void noNoticeFailsEvenWithoutAMethod() {
        assertThatResult(evaluateOn(aService().advanceNotice(null, 0))).isNotMet().hasReason("EXIT-02.noNotice");
    }

    @Test
    void oneDayOfNoticeIsStated() {
        assertThatResult(evaluateOn(aService().advanceNotice("電子メール", 1))).isMet().hasReason("EXIT-02.stated", 1);
    }

    @Test
    void unknownMethodIsUnknown() {
        assertThatResult(evaluateOn(aService().advanceNotice(null, 90)))
                .isUnknown().hasReason("EXIT-02.methodOrPeriodUnknown").usedFact("advanceNotice.method", null);
    }

    @Test
    void blankMethodIsNoMethod() {
        assertThatResult(evaluateOn(aService().advanceNotice("  ", 90))).isUnknown().hasReason("EXIT-02.methodOrPeriodUnknown");
    }

    @Test
    void unknownPeriodIsUnknown() {
        assertThatResult(evaluateOn(aService().advanceNotice("書面", null)))
                .isUnknown().hasReason("EXIT-02.methodOrPeriodUnknown").usedFact("advanceNotice.periodDays", null);
    }

    // ---- §5 別紙 form ---------------------------------------------------------------------------

    @Test
    void section5FormAlsoNeedsNoticeOfInterruptionAndCancellation() {
        Services base = aService().advanceNotice("書面", 90);
        assertThat(section5Form(base.noticeCoversInterruption(true).noticeCoversCancellation(true))).isEqualTo(Status.MET);
    }

    @Test
    void section5FormWithoutNoticeOfCancellationIsNotMet() {
        assertThat(section5Form(aService().advanceNotice("書面", 90).noticeCoversInterruption(true)
                .noticeCoversCancellation(false))).isEqualTo(Status.NOT_MET);
    }

    @Test
    void section5FormWithUnknownNoticeOfInterruptionIsUnknown() {
        assertThat(section5Form(aService().advanceNotice("書面", 90).noticeCoversCancellation(true)))
                .isEqualTo(Status.UNKNOWN);
    }

    @Test
    void section5FormFailsWhenTheBasicNoticeFails() {
        assertThat(section5Form(aService().advanceNotice("書面", 0).noticeCoversInterruption(true)
                .noticeCoversCancellation(true))).isEqualTo(Status.NOT_MET);
    }

    @Test
    void section5FormIsUnknownWhileTheBasicNoticeIsUnknown() {
        assertThat(section5Form(aService().noticeCoversInterruption(true).noticeCoversCancellation(true)))
                .isEqualTo(Status.UNKNOWN);
    }

    @Test
    void missingNoticeOfCancellationBlocksTheSurveillanceVideoExemptionButNotEXIT02() {
        Assessment a = RuleTesting.assess(ExemptionCase.VIDEO.system(),
                ExemptionCase.VIDEO.service().noticeCoversCancellation(false), aCompletePlan());

        assertThatFinding(a, "EXIT-02").hasStatus(Status.MET).hasReason("EXIT-02.stated");
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThat(a.exemption("EXM-VIDEO").reasons())
                .anyMatch(m -> m.key().equals("EXM-VIDEO.itemNotMet") && m.args().contains("EXIT-02"));
    }

    // ---- deviation ----------------------------------------------------------------------------

    @Test
    void approvedDeviationMakesMissingNoticeDeviated() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().advanceNotice("書面", 0),
                aCompletePlan().approvedDeviation("EXIT-02"));

        assertThatFinding(a, "EXIT-02").isDeviated().hasRuleStatus(Status.NOT_MET).hasReason("EXIT-02.noNotice");
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().advanceNotice(null, null),
                aCompletePlan().unapprovedDeviation("EXIT-02"));

        assertThatFinding(a, "EXIT-02").awaitsDeviationApproval().hasRuleStatus(Status.UNKNOWN);
    }
}
