package kumo.domain.rules.v1.risks;

import kumo.domain.rules.v1.risks.RiskTesting.Case;

/** R16 §3(16) 「ライセンス管理」: the recorded check is the decision; applies only when the city runs licensed software on the service. */
class R16LicenceManagementTest implements CheckIsDecisionRiskContract, ConditionalRiskContract {

    @Override
    public String id() {
        return "R16";
    }

    @Override
    public Case where(Boolean holds) {
        Case c = Case.complete();
        c.system().runsLicensedSoftware(holds);
        return c;
    }
}
