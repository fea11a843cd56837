package kumo.domain.rules.v1;

import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.NetworkPath;
import kumo.domain.system.Purpose;

/**
 * NET-02: for 機密性2+ information on a public cloud, the path is closed Ethernet, a leased line or
 * IP-VPN (§4(3), 対策基準 6.3.4, 管理基準 3.3.2). 「等」 admits another closed network (e.g. LGWAN) once a
 * person confirms it; an internet VPN only once approved against the city's criteria; public-line
 * SSL/TLS only for video communication services (web conferencing, surveillance cameras and the like)
 * and special-purpose devices. A provider's dedicated interconnect (Direct Connect / ExpressRoute /
 * Cloud Interconnect) counts like another closed network, once a person confirms that the line from the
 * city to the interconnect location is closed too. Where the open step is an approval or a confirmation,
 * the finding's first next action asks for it (not for a change of plan).
 */
final class Net02ClosedNetworkPath implements Rule {

    @Override
    public String id() {
        return "NET-02";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        Boolean c2 = c.system().classification().confidentiality2OrHigher();
        Boolean publicCloud = c.publicCloud();
        NetworkPath path = c.plan().networkPath();
        RuleResult.Builder r = RuleResult.builder()
                .fact("plan.networkPath", path)
                .fact("classification.confidentiality", c.system().classification().confidentiality())
                .fact("service.deployment", c.service().deployment());
        if (Boolean.FALSE.equals(c2) || Boolean.FALSE.equals(publicCloud)) {
            return r.notApplicable("NET-02.notApplicable");
        }
        if (c2 == null || publicCloud == null) {
            return r.unknown("NET-02.applicabilityUnknown");
        }
        if (path == null) {
            return r.pending("reason.plan.undecided", "@fact.plan.networkPath");
        }
        return switch (path) {
            case CLOSED_ETHERNET, LEASED_LINE, IP_VPN -> r.met("NET-02.closedPath", "@networkPath." + path.name());
            case OTHER_CLOSED_NETWORK -> firstAsk("NET-02.action.confirmClosed", Checks.decision(r,
                    "plan.otherClosedNetworkConfirmation", c.plan().otherClosedNetworkConfirmation(), c.date()));
            case PROVIDER_INTERCONNECT -> interconnect(c, r);
            // the plan already uses the VPN: its approval is the likelier way forward, so the action asks for it first
            case INTERNET_VPN -> firstAsk("NET-02.action.internetVpn", Checks.decision(r,
                    "plan.internetVpnApproval", c.plan().internetVpnApproval(), c.date()));
            case INTERNET_TLS -> publicLineTls(c, r);
            case INTERNET_UNENCRYPTED -> r.notMet("NET-02.unencrypted");
        };
    }

    /**
     * A provider's dedicated interconnect does not cross the internet between its location and the
     * provider, but the city reaches that location over a line of its own: a closed network of the 「等」
     * kind once a person confirms the whole path is closed (kumo's reading; docs/interpretations.md).
     */
    private static RuleResult interconnect(RuleContext c, RuleResult.Builder r) {
        r.reason("NET-02.interconnect");
        return firstAsk("NET-02.action.interconnect", Checks.decision(r,
                "plan.otherClosedNetworkConfirmation", c.plan().otherClosedNetworkConfirmation(), c.date()));
    }

    /**
     * While the approval or confirmation is awaited, it is the likelier next step than a change of plan,
     * so the finding's first action asks for it; once refused (NOT_MET), the requirement's own action
     * (change the plan) stands.
     */
    private static RuleResult firstAsk(String action, RuleResult result) {
        return result.status() != Status.PENDING ? result
                : new RuleResult(result.status(), result.facts(), result.reasons(), result.fix(), result.deviable(),
                        result.question(), Message.of(action));
    }

    private static RuleResult publicLineTls(RuleContext c, RuleResult.Builder r) {
        Purpose purpose = c.system().purpose();
        r.fact("system.purpose", purpose);
        if (purpose == null) {
            return r.unknown("reason.fact.unknown", "@fact.system.purpose");
        }
        return switch (purpose) {
            case VIDEO_COMMUNICATION, VIDEO_SURVEILLANCE_STORAGE, SPECIAL_PURPOSE_DEVICE -> r.met("NET-02.tlsAllowed", "@purpose." + purpose.name());
            case GENERAL -> r.notMet("NET-02.tlsNotAllowed");
        };
    }
}
