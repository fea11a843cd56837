package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import kumo.application.document.validation.DeviableRequirement;
import kumo.application.document.validation.OnlyInFormat;
import kumo.domain.plan.Deviation;

/**
 * {@link Deviation} as JSON: a deliberate decision not to require an example-list item of §2ウ/§2エ.
 * {@code requirementId} must be a deviable requirement of the catalogue. Format 1 records the approval
 * as {@code approvedBy} / {@code approvedOn}; format 2 records the approver's answer as a
 * {@code decision}: outcome YES (approved) or NO (refused), rationale, who, when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviationDto(
        @NotBlank(message = "{kumo.validation.notBlank}") @DeviableRequirement String requirementId,
        String rationale,
        Boolean justifiedByFlowDesign,
        @OnlyInFormat(value = 1, message = "{kumo.validation.onlyInFormat1Approval}") String approvedBy,
        @OnlyInFormat(value = 1, message = "{kumo.validation.onlyInFormat1Approval}") LocalDate approvedOn,
        @OnlyInFormat(2) @Valid DecisionDto decision) {

    /** The format-1 shape. */
    public DeviationDto(String requirementId, String rationale, Boolean justifiedByFlowDesign, String approvedBy,
            LocalDate approvedOn) {
        this(requirementId, rationale, justifiedByFlowDesign, approvedBy, approvedOn, null);
    }

    public Deviation toDomain() {
        return decision != null
                ? new Deviation(requirementId, rationale, justifiedByFlowDesign, decision.toDomain())
                : new Deviation(requirementId, rationale, justifiedByFlowDesign, approvedBy, approvedOn);
    }
}
