package kumo.domain.rules.v1.risks;

/** R20 §3(20) 「仮想化技術」: no capability mitigates it; transfer or accept. */
class R20VirtualisationTest implements TransferableRiskContract {

    @Override
    public String id() {
        return "R20";
    }
}
