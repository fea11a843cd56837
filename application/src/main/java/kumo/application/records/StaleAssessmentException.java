package kumo.application.records;

/**
 * A step was recorded on an assessment that is no longer its system's latest: someone recorded a newer one in
 * between. Nothing was written; read the latest again and record the step on it.
 */
public final class StaleAssessmentException extends StoreException {

    private final String systemId;
    private final String expectedLatestId;
    private final String latestId;

    /**
     * @param expectedLatestId the assessment the writer took to be the latest
     * @param latestId         the system's latest assessment now; {@code null} when it has none
     */
    public StaleAssessmentException(String systemId, String expectedLatestId, String latestId) {
        super(Reason.CONFLICT, StoreTexts.of("store.conflict.stale", systemId, expectedLatestId,
                latestId == null ? "—" : latestId));
        this.systemId = systemId;
        this.expectedLatestId = expectedLatestId;
        this.latestId = latestId;
    }

    public String systemId() {
        return systemId;
    }

    public String expectedLatestId() {
        return expectedLatestId;
    }

    public String latestId() {
        return latestId;
    }
}
