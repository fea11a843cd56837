package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R11 §3(11) 「データセンターの物理環境」: New data-centre technology or operating models may bring new problems; no capability mitigates it. */
public final class R11DataCentreEnvironment extends RiskRule {

    public R11DataCentreEnvironment() {
        super("R11", Applicability.ALWAYS, NO_CAPABILITY, NO_CHECK, Alternative.TRANSFER_OR_ACCEPT);
    }
}
