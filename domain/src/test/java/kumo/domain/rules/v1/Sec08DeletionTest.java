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

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.testdata.Services;

/**
 * SEC-08 (§2エ 利用者の意思による…確実な削除・廃棄): the city can have its information reliably deleted at will.
 * §5 form (別紙 データ消去): erased irrecoverably per ISO 27001, and a third-party audit of the erasure
 * can be provided. Deviable.
 */
class Sec08DeletionTest {

    private final Sec08Deletion rule = new Sec08Deletion();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    private Status section5Form(Services service) {
        return rule.section5Form(context(aSystem(), service, aPlan(), RuleTesting.DATE, parameters()));
    }

    @Test
    void deletionAtTheCitysRequestIsMet() {
        assertThatResult(evaluateOn(aService().deletionOnRequest(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.security.deletionOnRequest").usedFact("security.deletionOnRequest", true);
    }

    @Test
    void noDeletionOnRequestIsNotMet() {
        assertThatResult(evaluateOn(aService().deletionOnRequest(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.security.deletionOnRequest");
    }

    @Test
    void unknownDeletionIsUnknown() {
        assertThatResult(evaluateOn(aService())).isUnknown().namesUnknownFact("security.deletionOnRequest");
    }

    @Test
    void section5FormNeedsIrrecoverableErasureAndAThirdPartyAudit() {
        assertThat(section5Form(aService().deletionOnRequest(true).deletionIrrecoverable(true).deletionThirdPartyAudit(true)))
                .isEqualTo(Status.MET);
    }

    @Test
    void section5FormWithoutAThirdPartyAuditOfErasureIsNotMet() {
        assertThat(section5Form(aService().deletionOnRequest(true).deletionIrrecoverable(true).deletionThirdPartyAudit(false)))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void section5FormWithUnknownErasureMethodIsUnknown() {
        assertThat(section5Form(aService().deletionOnRequest(true).deletionThirdPartyAudit(true))).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void noAuditOfErasureBlocksTheSurveillanceVideoExemptionButNotSEC08() {
        Assessment a = RuleTesting.assess(ExemptionCase.VIDEO.system(),
                ExemptionCase.VIDEO.service().deletionThirdPartyAudit(false), aCompletePlan());

        assertThatFinding(a, "SEC-08").hasStatus(Status.MET);
        assertThat(a.exemption("EXM-VIDEO").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThat(a.exemption("EXM-VIDEO").reasons())
                .anyMatch(m -> m.key().equals("EXM-VIDEO.itemNotMet") && m.args().contains("SEC-08"));
    }

    @Test
    void approvedDeviationMakesItDeviated() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().deletionOnRequest(false),
                aCompletePlan().approvedDeviation("SEC-08"));

        assertThatFinding(a, "SEC-08").isDeviated().hasRuleStatus(Status.NOT_MET);
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().deletionOnRequest(false),
                aCompletePlan().unapprovedDeviation("SEC-08"));

        assertThatFinding(a, "SEC-08").awaitsDeviationApproval().hasRuleStatus(Status.NOT_MET);
    }
}
