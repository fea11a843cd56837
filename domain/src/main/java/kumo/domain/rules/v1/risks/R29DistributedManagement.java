package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R29 §3(29) 「分散管理」: Distributed management hides where the data is; mitigated when the data's locations can be determined. */
public final class R29DistributedManagement extends RiskRule {

    public R29DistributedManagement() {
        super("R29", Applicability.ALWAYS, MitigatingCapability.DATA_LOCATION_KNOWN, NO_CHECK, Alternative.ACCEPT);
    }
}
