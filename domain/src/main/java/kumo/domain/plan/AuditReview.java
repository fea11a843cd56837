package kumo.domain.plan;

import java.time.LocalDate;

/**
 * The city's review of an audit report (§2オ): were important items excluded, are exceptions
 * (内部統制の不備) reported, and the city's judgment on what it found.
 *
 * @param acceptable the city's judgment: YES the report can be relied on, NO it cannot
 */
public record AuditReview(
        String reportId,
        Boolean importantItemsExcluded,
        Boolean exceptionsFound,
        String judgment,
        Outcome acceptable,
        String reviewedBy,
        LocalDate reviewedOn) {

    public boolean recordedBy(LocalDate date) {
        return importantItemsExcluded != null && exceptionsFound != null && acceptable != null
                && Decision.present(reviewedBy) && reviewedOn != null && !reviewedOn.isAfter(date)
                && (!(importantItemsExcluded || exceptionsFound) || Decision.present(judgment));
    }
}
