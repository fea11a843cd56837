package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R23 §3(23) 「残存データ」: Data may remain in memory and disks; mitigated when the provider discloses its residual-data handling. */
public final class R23ResidualData extends RiskRule {

    public R23ResidualData() {
        super("R23", Applicability.ALWAYS, MitigatingCapability.RESIDUAL_DATA_HANDLING, NO_CHECK, Alternative.ACCEPT);
    }
}
