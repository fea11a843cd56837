package kumo.domain.rules.v1.risks;

/** R01 §3(1) 「DoS攻撃」: accepted only after the check the policy asks for first; no capability mitigates it. */
class R01DosAttackTest implements CheckFirstRiskContract {

    @Override
    public String id() {
        return "R01";
    }
}
