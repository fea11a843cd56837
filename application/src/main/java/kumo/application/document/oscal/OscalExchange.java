package kumo.application.document.oscal;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.document.Documents;
import kumo.application.document.Echo;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentSummary;
import kumo.domain.catalogue.Catalogue;

/**
 * kumo's data as NIST OSCAL 1.2.1 JSON and back (docs/oscal.md), for every front door: the catalogue as a catalog,
 * a service profile as a component-definition, an assessment as assessment-results; and a catalog kumo exported read
 * back into its catalogue. Output is the documents' pretty JSON (two-space indent) ending in a line break; the same
 * data always gives the same bytes (version-5 UUIDs, timestamps from the data).
 */
public final class OscalExchange {

    private final Documents documents;

    public OscalExchange(Documents documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** The catalogue as an OSCAL catalog. */
    public String catalog(Catalogue catalogue) {
        return catalog(OscalCatalog.of(catalogue));
    }

    /** A catalogue (e.g. one read back by {@link #readCatalog}) as an OSCAL catalog. */
    public String catalog(OscalCatalog catalogue) {
        return write(catalogue.toOscal());
    }

    /** A service profile as an OSCAL component-definition; {@code catalogue} dates a profile that holds no date. */
    public String component(CloudServiceProfileDto profile, Catalogue catalogue) {
        return write(OscalComponentDefinition.of(profile, catalogue.policyDate()));
    }

    /** An assessment result as OSCAL assessment-results; {@code stored} is its stored summary, or {@code null}. */
    public String assessmentResults(AssessmentResultDocument result, AssessmentSummary stored) {
        return write(OscalAssessmentResults.of(result, stored));
    }

    /**
     * A result file ({@code "assessment-result/1"}, as {@code kumo assess --format json-full} writes it) as OSCAL
     * assessment-results.
     *
     * @throws InvalidDocumentException when it is not such a document, naming the JSON path
     */
    public String assessmentResults(byte[] resultJson) {
        AssessmentResultDocument result = documents.read(resultJson, AssessmentResultDocument.class);
        if (!AssessmentResultDocument.TYPE.equals(result.kumo())) {
            throw new InvalidDocumentException(List.of(new Violation("$.kumo", "documentType",
                    OscalTexts.of("error.resultType", Echo.brief(String.valueOf(result.kumo())), AssessmentResultDocument.TYPE))));
        }
        return assessmentResults(result, null);
    }

    /**
     * Reads an OSCAL catalog kumo exported.
     *
     * @throws InvalidDocumentException for JSON that does not parse (at its line and column), or for a document that
     *                                  is not a catalog kumo wrote, naming the JSON path of each problem
     */
    public OscalCatalog readCatalog(byte[] json) {
        return OscalCatalog.read(documents.read(json, JsonNode.class));
    }

    private String write(JsonNode document) {
        return documents.write(document) + "\n";
    }
}
