package kumo.domain.catalogue;

import java.util.List;

/** One exemption of §4(6)/§4(7) as data: which requirements it exempts, and its clauses. */
public record ExemptionDefinition(String id, List<String> exempts, List<String> sourceClauses) {

    public ExemptionDefinition {
        exempts = List.copyOf(exempts);
        sourceClauses = List.copyOf(sourceClauses);
    }
}
