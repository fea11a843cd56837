package kumo.application.document.request;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * A format-1 note on {@code dataLocations.countries} or {@code dataLocations.backupCountries} supports
     * the kinds those lists map onto, so it stays attached to LAW-01's per-kind facts.
     */
    public EvidenceNote toDomain() {
        if (facts == null || facts.stream().noneMatch(f -> f != null && f.startsWith("dataLocations."))) {
            return new EvidenceNote(facts, document, date, checkedBy);
        }
        List<String> mapped = new ArrayList<>();
        for (String f : facts) {
            if ("dataLocations.countries".equals(f)) {
                mapped.addAll(List.of("dataLocations.content", "dataLocations.accountAndUsage", "dataLocations.logs"));
            } else if ("dataLocations.backupCountries".equals(f)) {
                mapped.add("dataLocations.backups");
            } else {
                mapped.add(f);
            }
        }
        return new EvidenceNote(mapped, document, date, checkedBy);
    }
}
