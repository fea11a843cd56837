package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.domain.plan.RiskCheck;

/** {@link RiskCheck} as JSON: the check a risk asks for first, with its result. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RiskCheckDto(String result, String checkedBy, LocalDate checkedOn) {

    public RiskCheck toDomain() {
        return new RiskCheck(result, checkedBy, checkedOn);
    }
}
