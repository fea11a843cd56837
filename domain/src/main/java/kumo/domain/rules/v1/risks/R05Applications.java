package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R05 §3(5) 「アプリケーション」: An application provided mainly as SaaS may limit functions and data compatibility; mitigated by high compatibility. */
public final class R05Applications extends RiskRule {

    public R05Applications() {
        super("R05", Applicability.PROVIDES_APPLICATION, MitigatingCapability.DATA_COMPATIBILITY, NO_CHECK, Alternative.ACCEPT);
    }
}
