package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.ActionType;
import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.NextAction;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.classification.Confidentiality;
import kumo.domain.plan.NetworkPath;
import kumo.domain.plan.Outcome;
import kumo.domain.service.Deployment;
import kumo.domain.system.Purpose;
import kumo.domain.testdata.Decisions;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

/**
 * NET-02 (§4(3), 対策基準 6.3.4, 管理基準 3.3.2): 機密性2+ information on a public cloud travels over closed
 * Ethernet, a leased line or IP-VPN (「等」: another closed network once confirmed); an internet VPN only
 * once approved against the city's criteria; public-line SSL/TLS for video communication and
 * special-purpose devices.
 */
class Net02ClosedNetworkPathTest {

    private final Net02ClosedNetworkPath rule = new Net02ClosedNetworkPath();

    private static Systems c2(Purpose purpose) {
        return aSystem().confidentiality(Confidentiality.C2).purpose(purpose);
    }

    private RuleResult evaluateOn(Systems system, Services service, Plans plan) {
        return evaluate(rule, system, service, plan);
    }

    private RuleResult onPublicCloud(Plans plan) {
        return evaluateOn(c2(Purpose.GENERAL), aService().publicCloud(), plan);
    }

    @ParameterizedTest
    @EnumSource(value = NetworkPath.class, names = {"CLOSED_ETHERNET", "LEASED_LINE", "IP_VPN"})
    void namedClosedPathsAreMet(NetworkPath path) {
        assertThatResult(onPublicCloud(aPlan().networkPath(path)))
                .isMet().hasReason("NET-02.closedPath", "@networkPath." + path.name()).usedFact("plan.networkPath", path);
    }

    @Test
    void internetVpnAwaitsApproval() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.INTERNET_VPN)))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.internetVpnApproval");
    }

    @Test
    void internetVpnApprovedAgainstTheCitysCriteriaIsMet() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.INTERNET_VPN).internetVpnApproval(Decisions.yes())))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.internetVpnApproval")
                .usedFact("plan.internetVpnApproval", Outcome.YES);
    }

    @Test
    void internetVpnRejectedIsNotMet() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.INTERNET_VPN).internetVpnApproval(Decisions.no())))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.internetVpnApproval");
    }

    @Test
    void internetVpnApprovalDatedAfterAssessmentIsPending() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.INTERNET_VPN)
                .internetVpnApproval(Decisions.yesOn(DATE.plusDays(1)))))
                .isPending().hasReason("reason.decision.future", "@fact.plan.internetVpnApproval");
    }

    @Test
    void internetVpnAwaitingApprovalKeepsTheAssessmentConditional() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().networkPath(NetworkPath.INTERNET_VPN));

        assertThatFinding(a, "NET-02").hasStatus(Status.PENDING).hasReason("reason.decision.missing");
        assertThat(a.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void otherClosedNetworkConfirmedByAPersonIsMet() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.OTHER_CLOSED_NETWORK)
                .otherClosedNetworkConfirmation(Decisions.yes())))
                .isMet().hasReason("reason.decision.yes", "@fact.plan.otherClosedNetworkConfirmation");
    }

    @Test
    void otherClosedNetworkNotYetConfirmedIsPending() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.OTHER_CLOSED_NETWORK)))
                .isPending().hasReason("reason.decision.missing", "@fact.plan.otherClosedNetworkConfirmation");
    }

    @Test
    void otherNetworkFoundNotClosedIsNotMet() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.OTHER_CLOSED_NETWORK)
                .otherClosedNetworkConfirmation(Decisions.no())))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.otherClosedNetworkConfirmation");
    }

    // ---- request format 2: a provider's dedicated interconnect (Direct Connect / ExpressRoute / Cloud Interconnect)

    @Test
    void providerInterconnectAwaitsConfirmationThatTheLineToItIsClosed() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.PROVIDER_INTERCONNECT)))
                .isPending().hasReason("NET-02.interconnect")
                .hasReason("reason.decision.missing", "@fact.plan.otherClosedNetworkConfirmation")
                .usedFact("plan.networkPath", NetworkPath.PROVIDER_INTERCONNECT);
    }

    @Test
    void providerInterconnectConfirmedClosedIsMet() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.PROVIDER_INTERCONNECT)
                .otherClosedNetworkConfirmation(Decisions.yes())))
                .isMet().hasReason("NET-02.interconnect")
                .hasReason("reason.decision.yes", "@fact.plan.otherClosedNetworkConfirmation");
    }

    @Test
    void providerInterconnectReachedOverALineFoundNotClosedIsNotMet() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.PROVIDER_INTERCONNECT)
                .otherClosedNetworkConfirmation(Decisions.no())))
                .isNotMet().hasReason("reason.decision.no", "@fact.plan.otherClosedNetworkConfirmation");
    }

    @Test
    void providerInterconnectIsNotAskedForOnLgwanAsp() {
        assertThatResult(evaluateOn(c2(Purpose.GENERAL), aService().deployment(Deployment.LGWAN_ASP),
                aPlan().networkPath(NetworkPath.PROVIDER_INTERCONNECT)))
                .isNotApplicable();
    }

    @Test
    void providerInterconnectWithUnknownConfidentialityIsUnknown() {
        assertThatResult(evaluateOn(aSystem(), aService().publicCloud(), aPlan().networkPath(NetworkPath.PROVIDER_INTERCONNECT)))
                .isUnknown().hasReason("NET-02.applicabilityUnknown");
    }

    @Test
    void providerInterconnectAwaitingConfirmationAsksToConfirmTheLineFirst() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().networkPath(NetworkPath.PROVIDER_INTERCONNECT).otherClosedNetworkConfirmation(null));

        assertThat(action(a).text().key()).isEqualTo("NET-02.action.interconnect");
        assertThat(a.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    // ---- item 6: with an internet VPN in the plan, the approval is the likelier next step

    @Test
    void internetVpnAwaitingApprovalAsksForTheApprovalFirst() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().networkPath(NetworkPath.INTERNET_VPN));

        NextAction action = action(a);
        assertThat(action.text().key()).isEqualTo("NET-02.action.internetVpn");
        assertThat(action.type()).isEqualTo(ActionType.RECORD_STEP);
        assertThat(action.blocking()).isTrue();
    }

    @Test
    void otherClosedNetworkAwaitingConfirmationAsksForTheConfirmationFirst() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().networkPath(NetworkPath.OTHER_CLOSED_NETWORK).otherClosedNetworkConfirmation(null));

        assertThat(action(a).text().key()).isEqualTo("NET-02.action.confirmClosed");
    }

    @Test
    void aPathNotAllowedStillAsksToChangeThePlan() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().networkPath(NetworkPath.INTERNET_TLS));

        assertThat(action(a).text().key()).isEqualTo("NET-02.action");
    }

    @Test
    void anInternetVpnTheCityRefusedAsksToChangeThePlan() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(),
                aCompletePlan().networkPath(NetworkPath.INTERNET_VPN).internetVpnApproval(Decisions.no()));

        assertThatFinding(a, "NET-02").hasStatus(Status.NOT_MET);
        assertThat(action(a).text().key()).isEqualTo("NET-02.action");
    }

    private static NextAction action(Assessment a) {
        return a.nextActions().stream().filter(n -> n.target().equals("NET-02")).findFirst().orElseThrow();
    }

    @Test
    void publicLineTlsAllowedForWebConferencing() {
        assertThatResult(evaluateOn(c2(Purpose.VIDEO_COMMUNICATION), aService().publicCloud(),
                aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isMet().hasReason("NET-02.tlsAllowed", "@purpose.VIDEO_COMMUNICATION")
                .usedFact("system.purpose", Purpose.VIDEO_COMMUNICATION);
    }

    @Test
    void publicLineTlsAllowedForSurveillanceCameras() {
        assertThatResult(evaluateOn(c2(Purpose.VIDEO_SURVEILLANCE_STORAGE), aService().publicCloud(),
                aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isMet().hasReason("NET-02.tlsAllowed", "@purpose.VIDEO_SURVEILLANCE_STORAGE");
    }

    @Test
    void publicLineTlsAllowedForSpecialPurposeDevices() {
        assertThatResult(evaluateOn(c2(Purpose.SPECIAL_PURPOSE_DEVICE), aService().publicCloud(),
                aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isMet().hasReason("NET-02.tlsAllowed", "@purpose.SPECIAL_PURPOSE_DEVICE");
    }

    @Test
    void publicLineTlsForAGeneralBusinessSystemIsNotMet() {
        assertThatResult(onPublicCloud(aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isNotMet().hasReason("NET-02.tlsNotAllowed").usedFact("system.purpose", Purpose.GENERAL);
    }

    @Test
    void publicLineTlsWithUnknownPurposeIsUnknown() {
        assertThatResult(evaluateOn(aSystem().confidentiality(Confidentiality.C2), aService().publicCloud(),
                aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isUnknown().namesUnknownFact("system.purpose").usedFact("system.purpose", null);
    }

    @Test
    void unencryptedInternetIsNotMet() {
        assertThatResult(evaluateOn(c2(Purpose.VIDEO_COMMUNICATION), aService().publicCloud(),
                aPlan().networkPath(NetworkPath.INTERNET_UNENCRYPTED)))
                .isNotMet().hasReason("NET-02.unencrypted");
    }

    @Test
    void pathNotYetChosenIsPending() {
        assertThatResult(onPublicCloud(aPlan()))
                .isPending().hasReason("reason.plan.undecided", "@fact.plan.networkPath").usedFact("plan.networkPath", null);
    }

    @Test
    void publicInformationNeedsNoClosedPath() {
        assertThatResult(evaluateOn(aSystem().confidentiality(Confidentiality.C1), aService().publicCloud(),
                aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isNotApplicable().hasReason("NET-02.notApplicable").usedFact("classification.confidentiality", Confidentiality.C1);
    }

    @ParameterizedTest
    @EnumSource(value = Deployment.class, names = {"LGWAN_ASP", "PRIVATE"})
    void pathRuleAppliesOnlyToPublicCloud(Deployment deployment) {
        assertThatResult(evaluateOn(c2(Purpose.GENERAL), aService().deployment(deployment),
                aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isNotApplicable().hasReason("NET-02.notApplicable").usedFact("service.deployment", deployment);
    }

    @Test
    void unknownConfidentialityOnPublicCloudIsUnknown() {
        assertThatResult(evaluateOn(aSystem(), aService().publicCloud(), aPlan().networkPath(NetworkPath.LEASED_LINE)))
                .isUnknown().hasReason("NET-02.applicabilityUnknown").usedFact("classification.confidentiality", null);
    }

    @Test
    void unknownDeploymentForConfidentiality2IsUnknown() {
        assertThatResult(evaluateOn(c2(Purpose.GENERAL), aService(), aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isUnknown().hasReason("NET-02.applicabilityUnknown").usedFact("service.deployment", null);
    }

    @Test
    void publicInformationIsNotApplicableEvenOnUnknownDeployment() {
        assertThatResult(evaluateOn(aSystem().confidentiality(Confidentiality.C1), aService(), aPlan()))
                .isNotApplicable().hasReason("NET-02.notApplicable");
    }

    @Test
    void secretLevelC3bStillNeedsAClosedPath() {
        assertThatResult(evaluateOn(aSystem().fiveLevelConfidentiality(Confidentiality.C3B).purpose(Purpose.GENERAL),
                aService().publicCloud(), aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isNotMet().hasReason("NET-02.tlsNotAllowed");
    }
}
