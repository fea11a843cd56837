package kumo.application.records;

/**
 * One stored assessment in full. Never changes once recorded.
 *
 * @param summary     its listing columns
 * @param requestJson the request document, canonical JSON ({@code Documents#canonicalJson})
 * @param resultJson  the result document, canonical JSON
 */
public record AssessmentRecord(AssessmentSummary summary, String requestJson, String resultJson) {
}
