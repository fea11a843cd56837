package kumo.application.answers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The vendor answer sheet as JSON ({@value #TYPE}, docs/schema/vendor-answers.schema.json): the same rows as the
 * workbook. Written with every field present ({@code null} where blank), so a vendor sees what to fill in.
 *
 * @param kumo             {@value #TYPE}
 * @param catalogueVersion the catalogue the rows were laid out for
 * @param lang             the language of the questions ({@code ja} or {@code en})
 * @param system           the system's name, as the procurement named it
 * @param service          the service's name and provider, for the vendor to fill in
 * @param answers          one entry per row, in sheet order; {@code answer} typed by {@code howToAnswer}
 * @param certifications   the certifications held, each an object of the table's columns; {@code null} unknown
 * @param auditReports     the audit reports; {@code null} unknown
 * @param ismapRegistrations the ISMAP / ISMAP-LIU registrations; {@code null} unknown
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"kumo", "catalogueVersion", "lang", "system", "service", "answers", "ismapRegistrations",
    "certifications", "auditReports"})
public record VendorAnswersDocument(
        String kumo,
        String catalogueVersion,
        String lang,
        String system,
        ServicePart service,
        List<Entry> answers,
        List<Map<String, JsonNode>> ismapRegistrations,
        List<Map<String, JsonNode>> certifications,
        List<Map<String, JsonNode>> auditReports) {

    /** The {@code kumo} value. */
    public static final String TYPE = "vendor-answers/1";

    /** Who offers the service. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ServicePart(String name, String provider) {
    }

    /**
     * One row.
     *
     * @param item        the row's key (a place in the service profile); the only field read besides the answer
     *                    and the evidence
     * @param answer      {@code null} unknown; else a boolean, number, string or array of strings as {@code
     *                    howToAnswer} says
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"category", "requirements", "level", "item", "question", "howToAnswer", "note", "answer",
        "evidence"})
    public record Entry(
            String category,
            List<String> requirements,
            String level,
            String item,
            String question,
            String howToAnswer,
            String note,
            JsonNode answer,
            Evidence evidence) {
    }

    /** The vendor's document behind an answer, and its date. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Evidence(String document, LocalDate date) {
    }
}
