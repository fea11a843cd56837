package kumo.domain.rules.v1;

import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.NetworkPath;

/** NET-01: the transmission path is encrypted (§4(3) 伝送路は暗号化するものとする). */
final class Net01TransmissionEncrypted implements Rule {

    @Override
    public String id() {
        return "NET-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        Boolean tls = c.service().security().encryptionInTransit();
        NetworkPath path = c.plan().networkPath();
        RuleResult.Builder r = RuleResult.builder()
                .fact("security.encryptionInTransit", tls)
                .fact("plan.networkPath", path);
        if (path == NetworkPath.INTERNET_UNENCRYPTED) {
            return r.fix(Fix.PLAN).notMet("NET-01.unencryptedPath");
        }
        if (tls == null) {
            return r.unknown("reason.fact.unknown", "@fact.security.encryptionInTransit");
        }
        return tls ? r.met("reason.fact.yes", "@fact.security.encryptionInTransit")
                : r.notMet("reason.fact.no", "@fact.security.encryptionInTransit");
    }
}
