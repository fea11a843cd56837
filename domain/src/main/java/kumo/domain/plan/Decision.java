package kumo.domain.plan;

import java.time.LocalDate;

/**
 * A decision, evaluation or step the city records: outcome, rationale, who, when. It counts only
 * when it is complete and dated no later than the assessment date.
 */
public record Decision(Outcome outcome, String rationale, String decidedBy, LocalDate decidedOn) {

    /** Complete (outcome, rationale, who, when) and taken on or before {@code date}. */
    public boolean recordedBy(LocalDate date) {
        return outcome != null && present(rationale) && present(decidedBy)
                && decidedOn != null && !decidedOn.isAfter(date);
    }

    public static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
