package kumo.application.document.request;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.domain.plan.Decision;
import kumo.domain.plan.Outcome;

/**
 * {@link Decision} as JSON: a decision, evaluation or step the city records. It counts only when
 * complete (outcome, rationale, who, when) and dated no later than the assessment date; an incomplete
 * one is accepted here and keeps the step PENDING.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionDto(Outcome outcome, String rationale, String decidedBy, LocalDate decidedOn) {

    public Decision toDomain() {
        return new Decision(outcome, rationale, decidedBy, decidedOn);
    }
}
