package kumo.domain.rules.v1.risks;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.RiskRule;

/** R14 §3(14) 「メモリ管理」: Memory-protection faults are hard to isolate; no capability mitigates it. */
public final class R14MemoryManagement extends RiskRule {

    public R14MemoryManagement() {
        super("R14", Applicability.ALWAYS, NO_CAPABILITY, NO_CHECK, Alternative.TRANSFER_OR_ACCEPT);
    }
}
