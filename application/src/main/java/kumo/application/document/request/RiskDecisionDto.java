package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import kumo.application.document.validation.DatesInOrder;
import kumo.application.document.validation.KnownRisk;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;

/** {@link RiskDecision} as JSON: the city's decision on one §3 risk ({@code R01}–{@code R29}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@DatesInOrder(from = "decidedOn", to = "expiresOn")
public record RiskDecisionDto(
        @NotBlank(message = "{kumo.validation.notBlank}") @KnownRisk String riskId,
        Treatment treatment,
        String rationale,
        String decidedBy,
        LocalDate decidedOn,
        LocalDate expiresOn,
        @Valid RiskCheckDto check) {

    public RiskDecision toDomain() {
        return new RiskDecision(riskId, treatment, rationale, decidedBy, decidedOn, expiresOn,
                Mapping.map(check, RiskCheckDto::toDomain));
    }
}
