package kumo.domain.rules.v1.risks;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** R19 §3(19) 「暗号化」: mitigated by the service's INTERNAL_ENCRYPTION capability. */
class R19EncryptionTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R19";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.capability(Capability.INTERNAL_ENCRYPTION, offered);
    }
}
