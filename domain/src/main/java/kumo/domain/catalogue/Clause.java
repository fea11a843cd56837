package kumo.domain.catalogue;

/** A clause of the policy text; labels are the texts {@code clause.<id>}. */
public record Clause(String id, boolean explanatoryOnly) {
}
