package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.classification.ClassificationScheme;
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
        var k = c.system().classification();
        if (k.confidentiality() != null && k.scheme() == ClassificationScheme.FIVE_LEVEL_2024) {
            r.fact("classification.confidentiality2020", k.confidentiality2020());
            r.reason("reason.classification.mapped", k.confidentiality(), k.confidentiality2020());
        }
        Boolean publicCloud = c.publicCloud();
        if (Boolean.FALSE.equals(publicCloud)) {
            return r.notApplicable("reason.notPublicCloud", "@deployment." + c.service().deployment().name());
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
