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
 * @param expectedPreviousId {@code null}: link to whatever is the system's latest; else the latest the writer
 *                         saw: when another assessment of the system is the latest by the time of the write, the
 *                         store refuses with {@link StaleAssessmentException} (optimistic, inside the write)
 */
public record NewAssessment(String id, String systemId, String serviceId, SystemProfileDto system,
        CloudServiceProfileDto service, String verdict, String catalogueVersion, LocalDate assessmentDate,
        String requestJson, String resultJson, AssessmentIndex index, String expectedPreviousId) {

    /** An assessment linked to whatever is its system's latest. */
    public NewAssessment(String id, String systemId, String serviceId, SystemProfileDto system,
            CloudServiceProfileDto service, String verdict, String catalogueVersion, LocalDate assessmentDate,
            String requestJson, String resultJson, AssessmentIndex index) {
        this(id, systemId, serviceId, system, service, verdict, catalogueVersion, assessmentDate, requestJson,
                resultJson, index, null);
    }

    /**
     * Throws when {@code latest}, the system's latest assessment at the time of the write, is not the one
     * expected; for the store, inside its write.
     */
    public void checkPrevious(String latest) {
        if (expectedPreviousId != null && !expectedPreviousId.equals(latest)) {
            throw new StaleAssessmentException(systemId, expectedPreviousId, latest);
        }
    }
}
