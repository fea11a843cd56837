package kumo.domain.catalogue;

import java.util.List;

/**
 * One §3 risk as data.
 *
 * @param capability the service capability that mitigates it: a {@code kumo.domain.service.Capability}
 *                   name or a derived one (DATA_IN_JAPAN, JAPANESE_SUPPORT, STANDARD_INTERFACES,
 *                   DATA_LOCATION_KNOWN); {@code null} when none exists
 * @param checkFirst the policy asks for a check before any decision counts
 */
public record RiskDefinition(
        String id,
        Applicability appliesWhen,
        String capability,
        boolean checkFirst,
        Alternative alternative,
        List<String> linkedRequirements,
        List<String> sourceClauses) {

    public RiskDefinition {
        linkedRequirements = List.copyOf(linkedRequirements);
        sourceClauses = List.copyOf(sourceClauses);
    }
}
