package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** ENT-01: 機密性3 (秘密文書相当, 2024: 3A) information is not handled on a public cloud (§4(3)). */
final class Ent01SecretInformationOffPublicCloud implements Rule {

    @Override
    public String id() {
        return "ENT-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        RuleResult.Builder r = RuleResult.builder()
                .fact("service.deployment", c.service().deployment())
                .fact("classification.confidentiality", c.system().classification().confidentiality());
        Boolean publicCloud = c.publicCloud();
        if (Boolean.FALSE.equals(publicCloud)) {
            return r.notApplicable("reason.notPublicCloud", c.service().deployment());
        }
        Boolean secret = c.system().classification().secretLevel();
        if (secret == null) {
            return r.unknown("reason.confidentialityUnknown");
        }
        if (!secret) {
            return r.met("ENT-01.notSecret");
        }
        return publicCloud == null ? r.unknown("ENT-01.secretDeploymentUnknown") : r.notMet("ENT-01.secretOnPublic");
    }
}
