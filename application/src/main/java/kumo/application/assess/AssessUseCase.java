package kumo.application.assess;

import java.io.InputStream;
import java.time.LocalDate;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.domain.catalogue.Language;

/**
 * Assess one system on one cloud service against the policy (incoming port). A business rejection is
 * a verdict in the result, never an exception; only an unusable request throws.
 */
public interface AssessUseCase {

    /**
     * Assesses a request.
     *
     * @param request the request (validated again here, so one built in code gets the same checks)
     * @param today   the date to assess on when the request has no {@code assessmentDate}
     * @throws InvalidDocumentException when the request breaks a rule of the document format
     */
    AssessmentResultDocument assess(AssessmentRequestDocument request, LocalDate today);

    /**
     * Parses, validates and assesses a request given as UTF-8 JSON.
     *
     * @throws InvalidDocumentException when the JSON is malformed or the request breaks a rule of the format
     */
    AssessmentResultDocument assess(InputStream json, LocalDate today);

    /**
     * Assesses a request and gives the compact result in one language: the same findings, statuses,
     * reasons, facts and next actions as {@link #assess(AssessmentRequestDocument, LocalDate)}, without
     * the catalogue texts. The default renders the full form first; an implementation may build it directly.
     *
     * @throws InvalidDocumentException when the request breaks a rule of the document format
     */
    default CompactResultDocument assessCompact(AssessmentRequestDocument request, LocalDate today, Language language) {
        return CompactResultDocument.of(assess(request, today), language);
    }

    /**
     * Parses, validates and assesses a request given as UTF-8 JSON; the compact result in one language.
     *
     * @throws InvalidDocumentException when the JSON is malformed or the request breaks a rule of the format
     */
    default CompactResultDocument assessCompact(InputStream json, LocalDate today, Language language) {
        return CompactResultDocument.of(assess(json, today), language);
    }
}
