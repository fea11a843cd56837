package kumo.domain.rules.v1;

import java.util.Comparator;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.Consultation;
import kumo.domain.plan.ConsultationStage;

/**
 * PROC-02 / PROC-03: consultation with the CIO advisor through the information security manager at
 * the planning and budget-request stages (§4(4)). The advisor's view is recorded; an objection keeps the
 * step PENDING until its resolution is recorded (kumo's reading: the policy gives involvement, not a
 * veto). §4(4) applies 「当面の間」: when the catalogue switches it off the step is NOT_APPLICABLE.
 */
abstract class ConsultationRule implements Rule {

    private final ConsultationStage stage;

    ConsultationRule(ConsultationStage stage) {
        this.stage = stage;
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        RuleResult.Builder r = RuleResult.builder();
        if (!c.parameters().cioConsultationRequired()) {
            return r.notApplicable("reason.consultation.switchedOff");
        }
        Consultation latest = c.plan().consultations().stream()
                .filter(x -> x.stage() == stage && x.heldBy(c.date()))
                .max(Comparator.comparing(Consultation::heldOn)).orElse(null);
        r.fact("consultation." + stage.name(), latest == null ? null : latest.view());
        if (latest == null) {
            boolean later = c.plan().consultations().stream()
                    .anyMatch(x -> x.stage() == stage && x.heldOn() != null && x.heldOn().isAfter(c.date()));
            boolean incomplete = c.plan().consultations().stream().anyMatch(x -> x.stage() == stage);
            return r.pending(later ? "reason.consultation.future" : incomplete ? "reason.consultation.incomplete"
                    : "reason.consultation.notHeld", "@stage." + stage.name());
        }
        if (latest.view() == AdvisorView.OBJECTION && !latest.objectionResolvedBy(c.date())) {
            boolean resolvedLater = latest.resolvedOn() != null && latest.resolvedOn().isAfter(c.date());
            return r.pending(resolvedLater ? "reason.consultation.resolvedLater" : "reason.consultation.objection",
                    "@stage." + stage.name(), latest.heldOn(), latest.viewSummary(), latest.resolvedOn());
        }
        if (latest.view() == AdvisorView.OBJECTION) {
            return r.met("reason.consultation.resolved", "@stage." + stage.name(), latest.heldOn(), latest.resolution(),
                    latest.resolvedOn());
        }
        return r.met("reason.consultation.held", "@stage." + stage.name(), latest.heldOn(), "@view." + latest.view().name());
    }
}
