package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R28 §3(28) 「中間者攻撃」: Traffic between data centres may be intercepted; no capability mitigates it. */
public final class R28ManInTheMiddle extends RiskRule {

    public R28ManInTheMiddle() {
        super("R28", Applicability.ALWAYS, NO_CAPABILITY, NO_CHECK, Alternative.TRANSFER_OR_ACCEPT);
    }
}
