package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R12 §3(12) 「ヘルプデスク」: A foreign service's helpdesk may differ in language, time zone and business days; mitigated by Japanese support in Japanese hours. */
public final class R12Helpdesk extends RiskRule {

    public R12Helpdesk() {
        super("R12", Applicability.FOREIGN_SERVICE, MitigatingCapability.JAPANESE_SUPPORT, NO_CHECK, Alternative.ACCEPT);
    }
}
