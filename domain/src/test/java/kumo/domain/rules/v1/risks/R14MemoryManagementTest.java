package kumo.domain.rules.v1.risks;

/** R14 §3(14) 「メモリ管理」: no capability mitigates it; transfer or accept. */
class R14MemoryManagementTest implements TransferableRiskContract {

    @Override
    public String id() {
        return "R14";
    }
}
