package kumo.domain.catalogue;

import java.util.List;

/**
 * One §3 risk as data, read from {@code risks.tsv} and checked against its {@link RiskRule} when the
 * catalogue loads.
 *
 * @param capability the service capability that mitigates it; {@code null} when none exists
 * @param checkFirst the policy asks for a check before any decision counts
 */
public record RiskDefinition(
        String id,
        Applicability appliesWhen,
        MitigatingCapability capability,
        boolean checkFirst,
        Alternative alternative,
        List<String> linkedRequirements,
        List<String> sourceClauses) {

    public RiskDefinition {
        linkedRequirements = List.copyOf(linkedRequirements);
        sourceClauses = List.copyOf(sourceClauses);
    }
}
