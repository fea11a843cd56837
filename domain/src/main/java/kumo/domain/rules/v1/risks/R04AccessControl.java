package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R04 §3(4) 「アクセス制御」: Predefined access control may differ from the organisation's; mitigated by configurable roles. */
public final class R04AccessControl extends RiskRule {

    public R04AccessControl() {
        super("R04", Applicability.ALWAYS, MitigatingCapability.CUSTOM_ROLES, NO_CHECK, Alternative.ACCEPT);
    }
}
