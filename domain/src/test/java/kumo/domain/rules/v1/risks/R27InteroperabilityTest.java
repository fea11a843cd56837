package kumo.domain.rules.v1.risks;

import kumo.domain.testdata.Services;

/** R27 §3(27) 「相互運用性」: mitigated by standard data formats and interfaces (the EXIT-04 fact). */
class R27InteroperabilityTest implements MitigatedRiskContract {

    @Override
    public String id() {
        return "R27";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.standardFormats(offered);
    }
}
