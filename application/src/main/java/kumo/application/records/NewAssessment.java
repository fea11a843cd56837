package kumo.application.records;

import java.time.LocalDate;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;

/**
 * An assessment to record. The store assigns nothing but {@code previousId}: it links the new row to the
 * system's latest one inside the same transaction, so two concurrent recordings never both claim the same
 * predecessor.
 *
 * @param id               the new assessment's key
 * @param systemId         the system assessed; created from {@code system} when not stored yet
 * @param serviceId        the service assessed; created from {@code service} when not stored yet
 * @param system           the request's system profile (used only to create a missing system row)
 * @param service          the request's service profile (used only to create a missing service row)
 * @param verdict          the verdict code
 * @param catalogueVersion the catalogue version used
 * @param assessmentDate   the date assessed on
 * @param requestJson      the request, canonical JSON
 * @param resultJson       the result, canonical JSON
 * @param index            the rows derived from the request
 */
public record NewAssessment(String id, String systemId, String serviceId, SystemProfileDto system,
        CloudServiceProfileDto service, String verdict, String catalogueVersion, LocalDate assessmentDate,
        String requestJson, String resultJson, AssessmentIndex index) {
}
