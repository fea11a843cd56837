package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotBlank;
import kumo.domain.plan.ScopeCheck;

/**
 * {@link ScopeCheck} as JSON (ASR-04). {@code evidenceId} is the {@code id} of a certification or
 * audit report, or the registration number of an ISMAP registration.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScopeCheckDto(
        @NotBlank(message = "{kumo.validation.notBlank}") String evidenceId,
        Boolean coversService,
        String checkedBy,
        LocalDate checkedOn) {

    public ScopeCheck toDomain() {
        return new ScopeCheck(evidenceId, coversService, checkedBy, checkedOn);
    }
}
