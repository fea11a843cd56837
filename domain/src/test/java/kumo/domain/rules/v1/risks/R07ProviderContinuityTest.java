package kumo.domain.rules.v1.risks;

/** R07 §3(7) 「クラウド事業者の事業継続」: accepted only after the check the policy asks for first; no capability mitigates it. */
class R07ProviderContinuityTest implements CheckFirstRiskContract {

    @Override
    public String id() {
        return "R07";
    }
}
