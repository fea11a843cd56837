package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R13 §3(13) 「マルチテナント」: On shared infrastructure other tenants' failures and attacks reach the city; the city's own and the other tenants' risks are evaluated first. */
public final class R13MultiTenancy extends RiskRule {

    public R13MultiTenancy() {
        super("R13", Applicability.SHARED_DEPLOYMENT, NO_CAPABILITY, CHECK_FIRST, Alternative.ACCEPT);
    }
}
