package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R15 §3(15) 「メンテナンスユーティリティ」: Without utilities the system's state cannot be seen; mitigated by status and usage information. */
public final class R15MaintenanceUtilities extends RiskRule {

    public R15MaintenanceUtilities() {
        super("R15", Applicability.ALWAYS, MitigatingCapability.STATUS_INFORMATION, NO_CHECK, Alternative.ACCEPT);
    }
}
