package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R16 §3(16) 「ライセンス管理」: Licences not designed for the cloud; the re-check of licences (and contracts) is the decision. */
public final class R16LicenceManagement extends RiskRule {

    public R16LicenceManagement() {
        super("R16", Applicability.LICENSED_SOFTWARE, NO_CAPABILITY, CHECK_FIRST, Alternative.CHECK_IS_DECISION);
    }
}
