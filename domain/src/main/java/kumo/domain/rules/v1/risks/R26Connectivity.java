package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R26 §3(26) 「接続性」: Connectivity across countries; no capability mitigates it. */
public final class R26Connectivity extends RiskRule {

    public R26Connectivity() {
        super("R26", Applicability.ALWAYS, NO_CAPABILITY, NO_CHECK, Alternative.TRANSFER_OR_ACCEPT);
    }
}
