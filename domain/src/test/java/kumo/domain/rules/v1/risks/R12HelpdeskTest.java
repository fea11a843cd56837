package kumo.domain.rules.v1.risks;

import kumo.domain.rules.v1.risks.RiskTesting.Case;
import kumo.domain.testdata.Services;

/** R12 §3(12) 「ヘルプデスク」: mitigated by reception in Japanese on Japanese business days and hours (the SUP-01 fact); applies only when the service or its support is foreign. */
class R12HelpdeskTest implements MitigatedRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R12";
    }

    @Override
    public Services offering(Services service, Boolean offered) {
        return service.japaneseReceptionWeekdays(offered);
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.service().foreignProvider(holds);
        return c;
    }
}
