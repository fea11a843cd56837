package kumo.domain.plan;

/**
 * A change of contractor during operation (§2エ): the previous provider and the confirmation that
 * the security requirements that must be inherited are kept or improved by the new one.
 *
 * @param changing {@code null} when not yet known
 */
public record ContractorChange(Boolean changing, String previousProvider, Decision inheritedRequirementsConfirmed) {
}
