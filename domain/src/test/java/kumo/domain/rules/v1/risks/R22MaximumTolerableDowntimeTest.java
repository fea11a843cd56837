package kumo.domain.rules.v1.risks;

/** R22 §3(22) 「最大許容停止時間」: the recorded check is the decision. */
class R22MaximumTolerableDowntimeTest implements CheckIsDecisionRiskContract {

    @Override
    public String id() {
        return "R22";
    }
}
