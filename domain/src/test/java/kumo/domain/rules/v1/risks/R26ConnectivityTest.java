package kumo.domain.rules.v1.risks;

/** R26 §3(26) 「接続性」: no capability mitigates it; transfer or accept. */
class R26ConnectivityTest implements TransferableRiskContract {

    @Override
    public String id() {
        return "R26";
    }
}
