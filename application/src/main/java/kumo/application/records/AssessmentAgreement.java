package kumo.application.records;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;

/**
 * Whether an assessment's columns and documents agree: the result was made from the request (its {@code
 * requestDigest}), and the verdict, catalogue version and date columns say what the result says. One check for
 * reading an export and for verifying a store.
 */
public final class AssessmentAgreement {

    /** What can disagree. */
    public enum Disagreement {
        /** The result's {@code requestDigest} is not the SHA-256 of the request's canonical JSON. */
        REQUEST_DIGEST,
        /** The verdict column is not the result's verdict code. */
        VERDICT,
        /** The catalogue version column is not the result's. */
        CATALOGUE_VERSION,
        /** The assessment date column is not the result's. */
        ASSESSMENT_DATE
    }

    private AssessmentAgreement() {
    }

    /** What disagrees between the columns, the request and the result; empty when they agree. */
    public static Set<Disagreement> check(String verdict, String catalogueVersion, LocalDate assessmentDate,
            AssessmentRequestDocument request, AssessmentResultDocument result) {
        Set<Disagreement> found = EnumSet.noneOf(Disagreement.class);
        if (!Documents.sha256(request).equals(result.requestDigest())) {
            found.add(Disagreement.REQUEST_DIGEST);
        }
        if (result.verdict() == null || !Objects.equals(verdict, result.verdict().code())) {
            found.add(Disagreement.VERDICT);
        }
        if (!Objects.equals(catalogueVersion, result.catalogueVersion())) {
            found.add(Disagreement.CATALOGUE_VERSION);
        }
        if (!Objects.equals(assessmentDate, result.assessmentDate())) {
            found.add(Disagreement.ASSESSMENT_DATE);
        }
        return found;
    }
}
