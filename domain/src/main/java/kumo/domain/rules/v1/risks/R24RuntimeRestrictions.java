package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R24 §3(24) 「実行環境の制限」: A restricted execution environment locks the city in; mitigated by a general-purpose runtime. */
public final class R24RuntimeRestrictions extends RiskRule {

    public R24RuntimeRestrictions() {
        super("R24", Applicability.RESTRICTED_RUNTIME, MitigatingCapability.GENERAL_RUNTIME, NO_CHECK, Alternative.ACCEPT);
    }
}
