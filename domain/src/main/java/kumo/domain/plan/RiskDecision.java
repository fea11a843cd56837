package kumo.domain.plan;

import java.time.LocalDate;

/**
 * The city's decision on one §3 risk.
 *
 * @param riskId    e.g. {@code "R10"}
 * @param expiresOn optional; after it the decision no longer counts
 * @param check     the check the risk asks for first, where it asks for one
 */
public record RiskDecision(
        String riskId,
        Treatment treatment,
        String rationale,
        String decidedBy,
        LocalDate decidedOn,
        LocalDate expiresOn,
        RiskCheck check) {

    /** Complete and in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return treatment != null && Decision.present(rationale) && Decision.present(decidedBy)
                && decidedOn != null && !decidedOn.isAfter(date)
                && (expiresOn == null || !date.isAfter(expiresOn));
    }
}
