package kumo.application.document.request;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The assessment a re-assessment follows, and why it was redone (request format 2). Echoed unchanged
 * in the result, so the record shows the chain of assessments of one system and service.
 *
 * @param assessmentId the id of the earlier assessment as the store gave it (e.g. a UUID)
 * @param reason       why the assessment was redone, e.g. "the classification changed to 機密性3"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowsDto(
        @NotNull(message = "{kumo.validation.required}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}", message = "{kumo.validation.assessmentId}")
        String assessmentId,
        @NotBlank(message = "{kumo.validation.notBlank}")
        @Size(max = 2000, message = "{kumo.validation.tooLong}")
        String reason) {
}
