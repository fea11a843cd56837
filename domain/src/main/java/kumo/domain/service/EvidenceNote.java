package kumo.domain.service;

import java.time.LocalDate;
import java.util.List;

/**
 * Where facts of a service profile come from: a document (terms, whitepaper, certificate, answer to
 * a specification), its date and who checked it. {@code facts} names the profile facts it supports
 * (e.g. {@code "dataLocations"}, {@code "security.encryptionAtRest"}).
 */
public record EvidenceNote(List<String> facts, String document, LocalDate date, String checkedBy) {

    public EvidenceNote {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public boolean supports(String fact) {
        return facts.stream().anyMatch(f -> fact.equals(f) || fact.startsWith(f + "."));
    }
}
