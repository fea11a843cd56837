package kumo.application.records.audit;

import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentSummary;

/**
 * An assessment row as stored, with its derived rows, for {@link RecordVerifier}: the columns as they are, the
 * documents as text, so that a damaged row is reported rather than thrown.
 *
 * @param id            its key
 * @param summary       its listing columns; {@code null} when they cannot be read (a date that is not one)
 * @param requestJson   the stored request
 * @param requestSha256 the stored SHA-256 of the request; {@code null} for a row recorded before schema 2
 * @param resultJson    the stored result, uncompressed; {@code null} when it cannot be uncompressed
 * @param resultSha256  the stored SHA-256 of the result
 * @param index         its derived rows as stored, in stored order; {@code null} when they cannot be read
 */
public record StoredAssessment(String id, AssessmentSummary summary, String requestJson, String requestSha256,
        String resultJson, String resultSha256, AssessmentIndex index) {
}
