package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R22 §3(22) 「最大許容停止時間」: Past outages and whether their fixes hold are asked for; that check is the decision. */
public final class R22MaximumTolerableDowntime extends RiskRule {

    public R22MaximumTolerableDowntime() {
        super("R22", Applicability.ALWAYS, NO_CAPABILITY, CHECK_FIRST, Alternative.CHECK_IS_DECISION);
    }
}
