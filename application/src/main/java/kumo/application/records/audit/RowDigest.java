package kumo.application.records.audit;

import java.util.Objects;

import kumo.application.document.Digests;
import kumo.application.document.Documents;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.ProfileRecord;

/**
 * The digest of a stored row's state, as an audit event's {@code afterRef} (or a deletion's {@code beforeRef})
 * carries it: one definition for the store when it writes, for {@link RecordVerifier} when it checks a store or
 * an export, and for any engine (SQLite, PostgreSQL): it is computed from the row as values, not from the bytes
 * a database keeps.
 *
 * <p>The canonical form is {@link Documents#canonicalJson} (keys sorted, no {@code null}s, dates ISO, instants to
 * the microsecond) of:
 * <ul>
 * <li>a service or system row: the whole row as its record ({@code id}, {@code version}, {@code profile},
 * {@code updatedAt}, {@code updatedBy}), written {@value #PROFILE_PREFIX}&lt;hex&gt; — the same since schema 1;</li>
 * <li>an assessment row: its listing columns ({@link AssessmentSummary}: verdict, dates, links, recorder…), the
 * SHA-256 of its request and of its result (canonical JSON, UTF-8), and every row derived from it (its
 * {@link AssessmentIndex}: risk decisions, consultations, evidence expiry, in stored order), written
 * {@value #ASSESSMENT_PREFIX}&lt;hex&gt;.</li>
 * </ul>
 * An assessment recorded before schema 2 carries {@value #PROFILE_PREFIX}&lt;hex&gt; over its listing columns and
 * document digests only ({@link #legacyAssessment}): its derived rows are not covered by the chain; the prefix,
 * which the chain's hash covers, says which form an event used.
 */
public final class RowDigest {

    /** How a profile row's digest, and a schema-1 assessment's, begins. */
    public static final String PROFILE_PREFIX = "sha256:";
    /** How an assessment row's digest begins since schema 2 (derived rows covered). */
    public static final String ASSESSMENT_PREFIX = "row-sha256:";

    private RowDigest() {
    }

    /** The digest of a service or system row. */
    public static String profile(ProfileRecord<?> row) {
        return PROFILE_PREFIX + Documents.sha256(Objects.requireNonNull(row, "row"));
    }

    /**
     * The digest of an assessment row and its derived rows.
     *
     * @param requestSha256 SHA-256 of the stored request (canonical JSON, UTF-8)
     * @param resultSha256  SHA-256 of the stored result
     */
    public static String assessment(AssessmentSummary summary, String requestSha256, String resultSha256,
            AssessmentIndex index) {
        return ASSESSMENT_PREFIX + Documents.sha256(new AssessmentRow(Objects.requireNonNull(summary, "summary"),
                Objects.requireNonNull(requestSha256, "requestSha256"), resultSha256,
                Objects.requireNonNull(index, "index")));
    }

    /** The digest a schema-1 store wrote for an assessment: listing columns and document digests, no derived rows. */
    public static String legacyAssessment(AssessmentSummary summary, String requestSha256, String resultSha256) {
        return PROFILE_PREFIX + Documents.sha256(new AssessmentContent(summary, requestSha256, resultSha256));
    }

    /**
     * The digest of an assessment row as stored ({@link #assessment(AssessmentSummary, String, String,
     * AssessmentIndex)}): the request's SHA-256 from its text, the result's from its text, or the stored column
     * when the result cannot be uncompressed; {@code null} when the row's columns cannot be read.
     */
    public static String assessment(StoredAssessment row) {
        if (row.summary() == null || row.index() == null || row.requestJson() == null) {
            return null;
        }
        return assessment(row.summary(), document(row.requestJson()), resultSha256(row), row.index());
    }

    /** As {@link #legacyAssessment(AssessmentSummary, String, String)}, of a row as stored. */
    public static String legacyAssessment(StoredAssessment row) {
        if (row.summary() == null || row.requestJson() == null) {
            return null;
        }
        return legacyAssessment(row.summary(), document(row.requestJson()), resultSha256(row));
    }

    private static String resultSha256(StoredAssessment row) {
        return row.resultJson() == null ? row.resultSha256() : document(row.resultJson());
    }

    /** Whether an assessment's reference is of the schema-1 form, which does not cover its derived rows. */
    public static boolean legacy(String assessmentReference) {
        return assessmentReference != null && assessmentReference.startsWith(PROFILE_PREFIX);
    }

    /** The SHA-256 of a stored document's text (UTF-8): what the digests above and the store's columns hold. */
    public static String document(String json) {
        return Digests.sha256(json);
    }

    /** The canonical form of an assessment row since schema 2. */
    private record AssessmentRow(AssessmentSummary summary, String requestSha256, String resultSha256,
            AssessmentIndex index) {
    }

    /** The canonical form schema 1 used (the component names are part of it). */
    private record AssessmentContent(AssessmentSummary summary, String requestSha256, String resultSha256) {
    }
}
