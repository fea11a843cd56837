package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R03 §3(3) 「アクセスポイント」: Use from anywhere makes network access control hard; mitigated by source restriction. */
public final class R03AccessPoints extends RiskRule {

    public R03AccessPoints() {
        super("R03", Applicability.ALWAYS, MitigatingCapability.ACCESS_POINT_RESTRICTION, NO_CHECK, Alternative.ACCEPT);
    }
}
