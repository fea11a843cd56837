package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.NetworkPath;
import kumo.domain.system.Purpose;

/**
 * NET-02: for 機密性2+ information on a public cloud, the path is closed Ethernet, a leased line or
 * IP-VPN (§4(3), 対策基準 6.3.4, 管理基準 3.3.2). 「等」 admits another closed network (e.g. LGWAN) once a
 * person confirms it; an internet VPN only once approved against the city's criteria; public-line
 * SSL/TLS only for video communication services (web conferencing, surveillance cameras and the like)
 * and special-purpose devices.
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
            case OTHER_CLOSED_NETWORK ->
                    Checks.decision(r, "plan.otherClosedNetworkConfirmation", c.plan().otherClosedNetworkConfirmation(), c.date());
            case INTERNET_VPN -> Checks.decision(r, "plan.internetVpnApproval", c.plan().internetVpnApproval(), c.date());
            case INTERNET_TLS -> publicLineTls(c, r);
            case INTERNET_UNENCRYPTED -> r.notMet("NET-02.unencrypted");
        };
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
