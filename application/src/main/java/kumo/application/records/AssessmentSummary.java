package kumo.application.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The listing columns of one stored assessment.
 *
 * @param id               the assessment's key, assigned when recorded
 * @param systemId         the system assessed
 * @param serviceId        the service assessed
 * @param previousId       the system's assessment recorded just before this one; {@code null} for its first
 * @param verdict          the verdict code ({@code kumo.domain.assessment.Verdict} name)
 * @param catalogueVersion the catalogue version used
 * @param assessmentDate   the date assessed on
 * @param recordedAt       when it was recorded
 * @param recordedBy       who recorded it
 */
public record AssessmentSummary(String id, String systemId, String serviceId, String previousId, String verdict,
        String catalogueVersion, LocalDate assessmentDate, Instant recordedAt, String recordedBy) {
}
