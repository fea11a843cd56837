package kumo.domain.plan;

import java.time.LocalDate;

/**
 * A consultation with the CIO advisor through the information security manager (§4(4)).
 *
 * @param view       the advisor's view
 * @param resolution how an objection was resolved; with {@code resolvedOn}
 */
public record Consultation(
        ConsultationStage stage,
        LocalDate heldOn,
        AdvisorView view,
        String viewSummary,
        String resolution,
        LocalDate resolvedOn,
        String recordedBy) {

    public boolean heldBy(LocalDate date) {
        return stage != null && heldOn != null && !heldOn.isAfter(date) && view != null && Decision.present(recordedBy);
    }

    public boolean objectionResolvedBy(LocalDate date) {
        return Decision.present(resolution) && resolvedOn != null && !resolvedOn.isAfter(date);
    }
}
