package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R18 §3(18) 「ログ監視」: Scans and attacks are not seen without log monitoring; mitigated when the provider monitors logs and responds. */
public final class R18LogMonitoring extends RiskRule {

    public R18LogMonitoring() {
        super("R18", Applicability.ALWAYS, MitigatingCapability.LOG_MONITORING, NO_CHECK, Alternative.ACCEPT);
    }
}
