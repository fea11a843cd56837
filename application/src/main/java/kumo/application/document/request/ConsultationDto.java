package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import kumo.application.document.validation.DatesInOrder;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.Consultation;
import kumo.domain.plan.ConsultationStage;

/** {@link Consultation} as JSON (§4(4)): a consultation with the CIO advisor; {@code stage} is required. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@DatesInOrder(from = "heldOn", to = "resolvedOn")
public record ConsultationDto(
        @NotNull(message = "{kumo.validation.required}") ConsultationStage stage,
        LocalDate heldOn,
        AdvisorView view,
        String viewSummary,
        String resolution,
        LocalDate resolvedOn,
        String recordedBy) {

    public Consultation toDomain() {
        return new Consultation(stage, heldOn, view, viewSummary, resolution, resolvedOn, recordedBy);
    }
}
