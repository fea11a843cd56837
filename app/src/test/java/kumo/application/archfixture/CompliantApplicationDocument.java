package kumo.application.archfixture;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import kumo.domain.archfixture.CompliantDomainValue;

/** Breaks no rule: domain, Jackson annotations and Bean Validation only. */
public record CompliantApplicationDocument(
        @JsonProperty("id") @NotNull String id,
        @JsonProperty("value") CompliantDomainValue value) {
}
