package kumo.domain.rules.v1;

import kumo.domain.plan.ConsultationStage;

/** PROC-03: CIO-advisor consultation at the budget-request stage (§4(4)). */
final class Proc03BudgetConsultation extends ConsultationRule {

    Proc03BudgetConsultation() {
        super(ConsultationStage.BUDGET);
    }

    @Override
    public String id() {
        return "PROC-03";
    }
}
