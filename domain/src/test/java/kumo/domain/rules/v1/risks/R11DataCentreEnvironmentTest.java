package kumo.domain.rules.v1.risks;

/** R11 §3(11) 「データセンターの物理環境」: no capability mitigates it; transfer or accept. */
class R11DataCentreEnvironmentTest implements TransferableRiskContract {

    @Override
    public String id() {
        return "R11";
    }
}
