package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R27 §3(27) 「相互運用性」: Services may not interoperate; mitigated by standard data formats and interfaces. */
public final class R27Interoperability extends RiskRule {

    public R27Interoperability() {
        super("R27", Applicability.ALWAYS, MitigatingCapability.STANDARD_INTERFACES, NO_CHECK, Alternative.ACCEPT);
    }
}
