package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R25 §3(25) 「従量課金を利用した攻撃」: Attacks can run up pay-per-use charges; mitigated by an agreement on charges caused by attacks. */
public final class R25EconomicDos extends RiskRule {

    public R25EconomicDos() {
        super("R25", Applicability.USAGE_BILLING, MitigatingCapability.EDOS_AGREEMENT, NO_CHECK, Alternative.AGREE_OR_ACCEPT);
    }
}
