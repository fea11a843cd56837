package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R08 §3(8) 「システム運用・保守」: Responsibility for security cannot be handed over: information only, no decision asked. */
public final class R08OperationResponsibility extends RiskRule {

    public R08OperationResponsibility() {
        super("R08", Applicability.INFORMATIONAL, NO_CAPABILITY, NO_CHECK, Alternative.NONE);
    }
}
