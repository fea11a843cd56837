package kumo.application.answers;

import java.util.Locale;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.SystemProfileDto;
import kumo.domain.catalogue.Language;

/**
 * The vendor answer sheet (incoming port): the blank sheet a procurement sends out with its specification, one
 * row per fact a SERVICE requirement reads, and the filled sheet read back as the request's {@code service} part,
 * so that the same catalogue assesses the vendor's answers. Two forms, one content: an Office Open XML workbook
 * ({@code .xlsx}) and a JSON document ({@code "kumo": "vendor-answers/1"}, docs/schema/vendor-answers.schema.json).
 */
public interface AnswerSheetUseCase {

    /** The two forms of the sheet. */
    enum SheetFormat {
        XLSX, JSON;

        /** The form a file name's extension names ({@code .xlsx}, {@code .json}, any case), or {@code null}. */
        public static SheetFormat ofFileName(String name) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".xlsx") ? XLSX : lower.endsWith(".json") ? JSON : null;
        }
    }

    /**
     * The blank sheet for a system: every row unanswered, the questions in {@code language}, notes where the
     * system's own facts bear on an answer (its tolerated outage and data loss).
     *
     * @param system the system the service is procured for (as in a validated request)
     */
    byte[] blank(SystemProfileDto system, Language language, SheetFormat format);

    /**
     * Reads a filled sheet, either form (told apart by its content). Never evaluates a formula: a cell holding one
     * is refused.
     *
     * @param source how the sheet is named in messages and evidence notes (its file name)
     * @throws InvalidDocumentException naming the sheet, the row (requirement ID and row number) and the cell of
     *                                  every answer that cannot be read, in Japanese and English
     */
    VendorAnswers read(byte[] sheet, String source);

    /**
     * Reads a request whose {@code service} part the answers are about to replace ({@link #withAnswers}): that part
     * may be left out (an empty service stands in for it); everything else is checked as {@code Documents.readRequest}
     * checks it. Nothing of the stand-in reaches an assessment: {@code withAnswers} replaces the whole part, so a fact
     * the sheet leaves blank, the deployment included, stays unknown.
     *
     * @throws InvalidDocumentException naming each JSON path of the request that breaks its format
     */
    AssessmentRequestDocument requestToAnswer(byte[] request);

    /**
     * The request with its {@code service} part replaced by the answers: a format-2 request (the answers give data
     * locations by kind and the scope of ISMAP registrations), validated.
     *
     * @throws InvalidDocumentException when the request cannot be read as format 2 (a format-1-only field of its
     *                                  plan), or an answer breaks a rule of the request format — named by its cell
     */
    AssessmentRequestDocument withAnswers(AssessmentRequestDocument request, VendorAnswers answers);
}
