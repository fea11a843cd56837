package kumo.application.document.request;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import kumo.domain.service.EvidenceNote;

/**
 * {@link EvidenceNote} as JSON: where facts of the service profile come from. {@code facts} names
 * profile facts, e.g. {@code "dataLocations"} or {@code "security.encryptionAtRest"}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceNoteDto(
        List<@NotNull(message = "{kumo.validation.noNullElement}") String> facts,
        String document,
        LocalDate date,
        String checkedBy) {

    public EvidenceNote toDomain() {
        return new EvidenceNote(facts, document, date, checkedBy);
    }
}
