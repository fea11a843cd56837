package kumo.application.document.request;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import kumo.domain.plan.ContractorChange;

/** {@link ContractorChange} as JSON (§2エ, PROC-04). {@code changing} absent means not yet known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractorChangeDto(
        Boolean changing,
        String previousProvider,
        @Valid DecisionDto inheritedRequirementsConfirmed) {

    public ContractorChange toDomain() {
        return new ContractorChange(changing, previousProvider,
                Mapping.map(inheritedRequirementsConfirmed, DecisionDto::toDomain));
    }
}
