package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R09 §3(9) 「スケールアウト技術」: Scale-out may cause unknown trouble; no capability mitigates it. */
public final class R09ScaleOut extends RiskRule {

    public R09ScaleOut() {
        super("R09", Applicability.ALWAYS, NO_CAPABILITY, NO_CHECK, Alternative.TRANSFER_OR_ACCEPT);
    }
}
