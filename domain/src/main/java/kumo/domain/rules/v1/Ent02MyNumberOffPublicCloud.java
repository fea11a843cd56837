package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;

/** ENT-02: My Number usage-domain information is not handled on a public cloud (§4(3), 対策基準 5.1ア). */
final class Ent02MyNumberOffPublicCloud implements Rule {

    @Override
    public String id() {
        return "ENT-02";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        Boolean myNumber = c.system().classification().myNumber();
        RuleResult.Builder r = RuleResult.builder()
                .fact("service.deployment", c.service().deployment())
                .fact("classification.myNumber", myNumber);
        Boolean publicCloud = c.publicCloud();
        if (Boolean.FALSE.equals(publicCloud)) {
            return r.notApplicable("reason.notPublicCloud", "@deployment." + c.service().deployment().name());
        }
        if (myNumber == null) {
            return r.unknown("ENT-02.myNumberUnknown");
        }
        if (!myNumber) {
            return r.met("ENT-02.noMyNumber");
        }
        return publicCloud == null ? r.unknown("ENT-02.myNumberDeploymentUnknown") : r.notMet("ENT-02.myNumberOnPublic");
    }
}
