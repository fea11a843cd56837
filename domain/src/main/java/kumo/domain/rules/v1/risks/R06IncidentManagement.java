package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R06 §3(6) 「インシデント管理」: The provider's incident levels may differ from the city's; mitigated by levels agreed in the contract. */
public final class R06IncidentManagement extends RiskRule {

    public R06IncidentManagement() {
        super("R06", Applicability.ALWAYS, MitigatingCapability.INCIDENT_LEVELS_AGREED, NO_CHECK, Alternative.ACCEPT);
    }
}
