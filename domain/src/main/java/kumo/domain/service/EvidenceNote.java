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

    /** How a finding shows it: the document, with its date and who checked it where known. */
    public String describe() {
        StringBuilder s = new StringBuilder(document == null ? "—" : document);
        if (date != null || checkedBy != null) {
            s.append(" (").append(date == null ? "—" : date).append(checkedBy == null ? "" : ", " + checkedBy).append(')');
        }
        return s.toString();
    }

    public boolean supports(String fact) {
        return facts.stream().anyMatch(f -> fact.equals(f) || fact.startsWith(f + "."));
    }
}
