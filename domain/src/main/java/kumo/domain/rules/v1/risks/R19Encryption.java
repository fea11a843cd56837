package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R19 §3(19) 「暗号化」: Traffic inside the provider may travel unencrypted; mitigated by encryption inside the provider's network. */
public final class R19Encryption extends RiskRule {

    public R19Encryption() {
        super("R19", Applicability.ALWAYS, MitigatingCapability.INTERNAL_ENCRYPTION, NO_CHECK, Alternative.ACCEPT);
    }
}
