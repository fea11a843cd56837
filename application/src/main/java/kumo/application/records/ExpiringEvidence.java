package kumo.application.records;

import java.time.LocalDate;

/**
 * A piece of evidence of a stored assessment that expires by a given day (or has expired). Only each
 * system's latest assessment counts: an older one has been superseded.
 *
 * @param assessment the assessment that relied on it
 * @param evidence   the evidence and its last usable day
 */
public record ExpiringEvidence(AssessmentSummary assessment, AssessmentIndex.EvidenceExpiry evidence) {

    /** Whether it is already unusable on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return evidence.expiresOn().isBefore(today);
    }
}
