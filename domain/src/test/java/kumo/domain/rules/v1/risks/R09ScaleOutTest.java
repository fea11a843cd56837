package kumo.domain.rules.v1.risks;

/** R09 §3(9) 「スケールアウト技術」: no capability mitigates it; transfer or accept. */
class R09ScaleOutTest implements TransferableRiskContract {

    @Override
    public String id() {
        return "R09";
    }
}
