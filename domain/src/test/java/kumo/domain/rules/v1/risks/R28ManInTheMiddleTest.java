package kumo.domain.rules.v1.risks;

/** R28 §3(28) 「中間者攻撃」: no capability mitigates it; transfer or accept. */
class R28ManInTheMiddleTest implements TransferableRiskContract {

    @Override
    public String id() {
        return "R28";
    }
}
