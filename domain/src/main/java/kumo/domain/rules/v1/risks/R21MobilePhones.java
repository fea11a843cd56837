package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.MitigatingCapability;
import kumo.domain.catalogue.RiskRule;

/** R21 §3(21) 「携帯電話・スマートフォン」: Use from mobile phones has fewer security options; mitigated by control of mobile use. */
public final class R21MobilePhones extends RiskRule {

    public R21MobilePhones() {
        super("R21", Applicability.MOBILE_ACCESS, MitigatingCapability.MOBILE_CONTROL, NO_CHECK, Alternative.ACCEPT);
    }
}
