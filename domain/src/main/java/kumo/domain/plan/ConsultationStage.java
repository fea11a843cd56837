package kumo.domain.plan;

/** §4(4): consultation with the CIO advisor at the planning stage and at the budget-request stage. */
public enum ConsultationStage {
    PLANNING, BUDGET
}
