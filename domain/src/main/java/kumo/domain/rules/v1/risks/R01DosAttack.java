package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R01 §3(1) 「DoS攻撃」: A DoS attack can stop the whole service and the city cannot counter it; the provider's measures are confirmed first. */
public final class R01DosAttack extends RiskRule {

    public R01DosAttack() {
        super("R01", Applicability.ALWAYS, NO_CAPABILITY, CHECK_FIRST, Alternative.ACCEPT);
    }
}
