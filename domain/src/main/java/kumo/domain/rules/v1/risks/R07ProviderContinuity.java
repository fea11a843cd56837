package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R07 §3(7) 「クラウド事業者の事業継続」: The provider may stop the service; the continuity of its cloud business unit is confirmed first. */
public final class R07ProviderContinuity extends RiskRule {

    public R07ProviderContinuity() {
        super("R07", Applicability.ALWAYS, NO_CAPABILITY, CHECK_FIRST, Alternative.ACCEPT);
    }
}
