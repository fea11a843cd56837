package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R17 §3(17) 「リカバリー」: A citizen-facing service cannot tell citizens its recovery plan; mitigated by SLA-based recovery notice. */
public final class R17Recovery extends RiskRule {

    public R17Recovery() {
        super("R17", Applicability.CITIZEN_FACING, MitigatingCapability.RECOVERY_NOTICE, NO_CHECK, Alternative.ALTERNATIVE_OR_ACCEPT);
    }
}
