package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import kumo.application.document.validation.DeviableRequirement;
import kumo.domain.plan.Deviation;

/**
 * {@link Deviation} as JSON: a deliberate decision not to require an example-list item of §2ウ/§2エ.
 * {@code requirementId} must be a deviable requirement of the catalogue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviationDto(
        @NotBlank(message = "{kumo.validation.notBlank}") @DeviableRequirement String requirementId,
        String rationale,
        Boolean justifiedByFlowDesign,
        String approvedBy,
        LocalDate approvedOn) {

    public Deviation toDomain() {
        return new Deviation(requirementId, rationale, justifiedByFlowDesign, approvedBy, approvedOn);
    }
}
