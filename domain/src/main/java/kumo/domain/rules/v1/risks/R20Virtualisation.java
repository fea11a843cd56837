package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R20 §3(20) 「仮想化技術」: Virtualised resources behave unlike hardware; no capability mitigates it. */
public final class R20Virtualisation extends RiskRule {

    public R20Virtualisation() {
        super("R20", Applicability.ALWAYS, NO_CAPABILITY, NO_CHECK, Alternative.TRANSFER_OR_ACCEPT);
    }
}
