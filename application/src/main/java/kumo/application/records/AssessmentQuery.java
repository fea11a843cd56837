package kumo.application.records;

/**
 * A filter on stored assessments; a {@code null} field does not filter. Results come newest first
 * (recorded time, then id).
 *
 * @param systemId  only this system's
 * @param serviceId only this service's
 * @param verdict   only this verdict code
 */
public record AssessmentQuery(String systemId, String serviceId, String verdict) {

    /** No filter. */
    public static AssessmentQuery all() {
        return new AssessmentQuery(null, null, null);
    }
}
