package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R02 §3(2) 「ID管理」: The service's IDs may not be manageable with the city's ID management; mitigated by federation. */
public final class R02IdManagement extends RiskRule {

    public R02IdManagement() {
        super("R02", Applicability.ALWAYS, MitigatingCapability.ID_FEDERATION, NO_CHECK, Alternative.ACCEPT);
    }
}
