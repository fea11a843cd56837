package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R10 §3(10) 「データセンターの所在」: Data centres in several places bring their laws; mitigated when every data location is known and in Japan. */
public final class R10DataCentreLocation extends RiskRule {

    public R10DataCentreLocation() {
        super("R10", Applicability.ALWAYS, MitigatingCapability.DATA_IN_JAPAN, NO_CHECK, Alternative.ACCEPT);
    }
}
