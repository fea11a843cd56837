package kumo.domain.rules.v1;

import kumo.domain.plan.ConsultationStage;

/** PROC-02: CIO-advisor consultation at the planning stage (§4(4)). */
final class Proc02PlanningConsultation extends ConsultationRule {

    Proc02PlanningConsultation() {
        super(ConsultationStage.PLANNING);
    }

    @Override
    public String id() {
        return "PROC-02";
    }
}
