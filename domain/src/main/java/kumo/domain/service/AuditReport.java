package kumo.domain.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

import kumo.domain.EnumSets;

/**
 * A third-party assurance report on the service.
 *
 * @param principles     Trust Services principles covered; {@code null} when unknown
 * @param periodFrom     start of the period examined (for a type 1 report, the "as of" date)
 * @param periodTo       end of the period examined (for a type 1 report, the "as of" date)
 * @param exceptionsNoted whether the report notes exceptions (除外事項 / 内部統制の不備); {@code null} unknown
 */
public record AuditReport(
        String id,
        AuditReportType type,
        String auditor,
        Set<TrustPrinciple> principles,
        LocalDate periodFrom,
        LocalDate periodTo,
        AuditOpinion opinion,
        Boolean exceptionsNoted,
        String scope) {

    public AuditReport {
        principles = EnumSets.copyOf(principles, TrustPrinciple.class);
    }

    /** Counts as assurance by its opinion: TRUE unqualified or qualified, FALSE adverse or disclaimed, {@code null} unknown. */
    public Boolean opinionUsable() {
        return opinion == null ? null : opinion == AuditOpinion.UNQUALIFIED || opinion == AuditOpinion.QUALIFIED;
    }

    /** {@code null} when the principles are unknown. */
    public Boolean includesSecurity() {
        return principles == null ? null : principles.contains(TrustPrinciple.SECURITY);
    }

    /** Current on {@code date}: TRUE, FALSE, or {@code null} when the end of its period is unknown. */
    public Boolean currency(LocalDate date, int months) {
        return periodTo == null ? null : currentOn(date, months);
    }

    /** Current (kumo's reading): its period ended no more than {@code months} before {@code date}, and not after it. */
    public boolean currentOn(LocalDate date, int months) {
        if (periodTo == null || periodTo.isAfter(date)) {
            return false;
        }
        LocalDate limit;
        try {
            limit = date.minusMonths(months);
        } catch (DateTimeException beforeTheCalendar) {
            limit = LocalDate.MIN;
        }
        return !periodTo.isBefore(limit);
    }
}
