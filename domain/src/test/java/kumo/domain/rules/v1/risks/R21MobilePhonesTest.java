package kumo.domain.rules.v1.risks;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R21 §3(21) 「携帯電話・スマートフォン」: mitigated by the service's MOBILE_CONTROL capability; applies only to services usable from mobile phones. */
class R21MobilePhonesTest implements MitigatedRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R21";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.MOBILE_CONTROL, offered);
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.service().mobileAccess(holds);
        return c;
    }
}
