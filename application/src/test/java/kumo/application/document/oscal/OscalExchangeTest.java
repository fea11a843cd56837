package kumo.application.document.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.catalogue.CatalogueDocument;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentSummary;
import kumo.application.support.Project;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * Every OSCAL export is valid against the official NIST OSCAL 1.2.1 schemas and passes the checks the schemas cannot
 * make; exports are byte-identical for the same data; a catalog read back gives the same catalogue and exports to
 * the same bytes; foreign or broken OSCAL is refused at its JSON path.
 */
class OscalExchangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Documents DOCUMENTS = Documents.create();
    private static final Catalogue CATALOGUE = CatalogueV1.catalogue();
    private static final OscalExchange OSCAL = new OscalExchange(DOCUMENTS);
    private static final AssessService ASSESS = new AssessService(CATALOGUE, DOCUMENTS);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Project.examples())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    private static void assertValid(String json) throws IOException {
        JsonNode document = tree(json);
        assertThat(OscalChecks.schemaErrors(document)).as("NIST OSCAL 1.2.1 schema").isEmpty();
        assertThat(OscalChecks.documentErrors(document)).as("checks beyond the schema").isEmpty();
    }

    // ---------------------------------------------------------------- catalog

    @Test
    void theCatalogueIsAValidOscalCatalogWithAGroupPerAreaThenRisksAndExemptions() throws IOException {
        String json = OSCAL.catalog(CATALOGUE);
        assertValid(json);
        JsonNode catalog = tree(json).get("catalog");
        List<String> groups = Oscal.items(catalog.get("groups")).stream().map(g -> g.get("id").asText()).toList();
        assertThat(groups).containsExactly("ENT", "LAW", "EXIT", "SEC", "NET", "KEY", "ASR", "PROC", "SUP", "RISK", "EXM");
        int controls = Oscal.items(catalog.get("groups")).stream().mapToInt(g -> g.get("controls").size()).sum();
        assertThat(controls).isEqualTo(CATALOGUE.requirements().size() + CATALOGUE.risks().size()
                + CATALOGUE.exemptions().size());
        assertThat(catalog.at("/back-matter/resources").size()).as("the policy and its clauses").isEqualTo(1 + CATALOGUE.clauses().size());
        assertThat(catalog.at("/metadata/last-modified").asText()).isEqualTo("2020-03-16T00:00:00+09:00");
        assertThat(catalog.get("uuid").asText()).isEqualTo(Oscal.uuid("catalog/1"));
        JsonNode ent01 = catalog.at("/groups/0/controls/0");
        assertThat(ent01.get("id").asText()).isEqualTo("ENT-01");
        assertThat(ent01.get("parts").findValuesAsText("name")).contains("statement", "title", "condition", "interpretation");
    }

    @Test
    void twoExportsOfTheSameCatalogueAreByteIdentical() {
        assertThat(new OscalExchange(Documents.create()).catalog(CatalogueV1.catalogue()))
                .isEqualTo(OSCAL.catalog(CATALOGUE));
    }

    @Test
    void exportImportExportGivesTheSameBytesAndTheSameCatalogue() {
        String first = OSCAL.catalog(CATALOGUE);
        OscalCatalog read = OSCAL.readCatalog(first.getBytes(StandardCharsets.UTF_8));
        assertThat(read.sameCatalogue(CatalogueDocument.of(CATALOGUE))).isTrue();
        assertThat(Documents.canonicalJson(read.catalogue())).isEqualTo(Documents.canonicalJson(CatalogueDocument.of(CATALOGUE)));
        assertThat(OSCAL.catalog(read)).isEqualTo(first);
    }

    @Test
    void aChangedTextIsReadBackAsADifferentCatalogue() throws IOException {
        ObjectNode doc = (ObjectNode) tree(OSCAL.catalog(CATALOGUE));
        ((ObjectNode) doc.at("/catalog/groups/0/controls/0/parts/2")).put("prose", "changed");
        OscalCatalog read = OSCAL.readCatalog(JSON.writeValueAsBytes(doc));
        assertThat(read.sameCatalogue(CatalogueDocument.of(CATALOGUE))).isFalse();
    }

    // ---------------------------------------------------------------- import errors

    private static List<Violation> refused(JsonNode document) throws IOException {
        return refused(JSON.writeValueAsBytes(document));
    }

    private static List<Violation> refused(byte[] bytes) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> OSCAL.readCatalog(bytes)).violations();
    }

    @Test
    void anotherOscalDocumentIsNotACatalog() throws IOException {
        String component = OSCAL.component(request(examples().get(0)).service(), CATALOGUE);
        List<Violation> problems = refused(component.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).extracting(Violation::path, Violation::code).containsExactly(org.assertj.core.groups.Tuple
                .tuple("$.catalog", "notCatalog"));
    }

    @Test
    void aForeignCatalogIsRefusedAtItsMetadataProps() throws IOException {
        JsonNode foreign = tree("""
                {"catalog": {"uuid": "0b1b2cd3-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                  "metadata": {"title": "Someone else's", "last-modified": "2024-01-01T00:00:00Z", "version": "1",
                               "oscal-version": "1.2.1"},
                  "controls": [{"id": "ac-1", "title": "Policy"}]}}""");
        assertThat(OscalChecks.schemaErrors(foreign)).as("a valid OSCAL catalog").isEmpty();
        List<Violation> problems = refused(foreign);
        assertThat(problems).extracting(Violation::path).containsExactly("$.catalog.metadata.props");
        assertThat(problems.get(0).code()).isEqualTo("notKumo");
        assertThat(problems.get(0).message().ja()).contains(Oscal.NS);
    }

    @Test
    void aMissingOrBadPieceIsNamedByItsJsonPath() throws IOException {
        ObjectNode doc = (ObjectNode) tree(OSCAL.catalog(CATALOGUE));
        ArrayNode props = (ArrayNode) doc.at("/catalog/groups/1/controls/2/props");
        props.remove(1); // level
        ((ObjectNode) doc.at("/catalog/groups/0/controls/1/props/0")).put("value", "SOMETIMES"); // kind
        ((ObjectNode) doc.at("/catalog/groups/2/controls/0/links/0")).put("href", "#nowhere");
        ((ObjectNode) doc.at("/catalog/groups/0/controls/0/parts/1")).remove("prose");
        List<Violation> problems = refused(doc);
        assertThat(problems).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.catalog.groups[1].controls[2].props", "required"),
                org.assertj.core.groups.Tuple.tuple("$.catalog.groups[0].controls[1].props", "badValue"),
                org.assertj.core.groups.Tuple.tuple("$.catalog.groups[2].controls[0].links[0].href", "unresolved"),
                org.assertj.core.groups.Tuple.tuple("$.catalog.groups[0].controls[0].parts[1]", "required"),
                org.assertj.core.groups.Tuple.tuple("$.catalog.groups[0].controls[0].parts", "language"));
        assertThat(problems).allSatisfy(v -> assertThat(v.message().ja()).isNotBlank());
    }

    @Test
    void jsonThatDoesNotParseIsRefusedWithItsLine() {
        List<Violation> problems = refused("{\"catalog\": {\n  \"uuid\": }".getBytes(StandardCharsets.UTF_8));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).code()).isEqualTo("syntax");
        assertThat(problems.get(0).line()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- component-definition

    private static AssessmentRequestDocument request(Path example) throws IOException {
        return DOCUMENTS.readRequest(Files.readAllBytes(example));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleServiceIsAValidComponentDefinition() throws IOException {
        return examples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            var service = request(p).service();
            String json = OSCAL.component(service, CATALOGUE);
            assertValid(json);
            assertThat(OSCAL.component(request(p).service(), CatalogueV1.catalogue())).isEqualTo(json);
            JsonNode component = tree(json).at("/component-definition/components/0");
            assertThat(component.get("type").asText()).isEqualTo("service");
            String embedded = new String(java.util.Base64.getDecoder().decode(
                    tree(json).at("/component-definition/back-matter/resources/0/base64/value").asText()), StandardCharsets.UTF_8);
            assertThat(embedded).isEqualTo(Documents.canonicalJson(service));
        }));
    }

    // ---------------------------------------------------------------- assessment-results

    @TestFactory
    Stream<DynamicTest> everyExampleResultIsValidAssessmentResults() throws IOException {
        return examples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            AssessmentResultDocument result = ASSESS.assess(request(p), DAY);
            String json = OSCAL.assessmentResults(result, null);
            assertValid(json);
            assertThat(OSCAL.assessmentResults(ASSESS.assess(request(p), DAY), null)).isEqualTo(json);
            JsonNode r = tree(json).at("/assessment-results/results/0");
            assertThat(r.get("findings").size()).isEqualTo(result.findings().size());
            assertThat(r.get("risks").size()).isEqualTo(result.risks().size());
            assertThat(r.get("start").asText()).isEqualTo("2026-11-28T00:00:00+09:00");
            String stored = OSCAL.assessmentResults(result, new AssessmentSummary("a-1", "sys-1", "svc-1", null,
                    result.verdict().code(), "1", DAY, Instant.parse("2026-11-28T01:02:03.456Z"), "tanaka"));
            assertValid(stored);
            assertThat(tree(stored).at("/assessment-results/metadata/last-modified").asText())
                    .isEqualTo("2026-11-28T01:02:03Z");
        }));
    }

    @Test
    void unknownIsNotFail() throws IOException {
        Path incomplete = Project.examples().resolve("incomplete-early-saas-evaluation.json");
        AssessmentResultDocument result = ASSESS.assess(request(incomplete), DAY);
        JsonNode findings = tree(OSCAL.assessmentResults(result, null)).at("/assessment-results/results/0/findings");
        int unknown = 0;
        for (JsonNode f : findings) {
            if (f.get("props").get(0).get("value").asText().equals("UNKNOWN")) {
                unknown++;
                assertThat(f.at("/target/status/reason").asText()).isEqualTo("other");
            }
        }
        assertThat(unknown).isPositive();
    }

    // ---------------------------------------------------------------- the checks can fail

    @Test
    void theSchemaReallyChecksUuidsTimestampsAndTokens() throws IOException {
        String json = OSCAL.catalog(CATALOGUE);
        ObjectNode badUuid = (ObjectNode) tree(json);
        ((ObjectNode) badUuid.get("catalog")).put("uuid", "6759d89a-ac7a-1a6f-b5bd-bf3da0e33a43"); // version 1
        assertThat(OscalChecks.schemaErrors(badUuid)).isNotEmpty();
        ObjectNode notUuid = (ObjectNode) tree(json);
        ((ObjectNode) notUuid.get("catalog")).put("uuid", "catalog-1");
        assertThat(OscalChecks.schemaErrors(notUuid)).isNotEmpty();
        ObjectNode badTime = (ObjectNode) tree(json);
        ((ObjectNode) badTime.at("/catalog/metadata")).put("last-modified", "2020-02-30T00:00:00+09:00");
        assertThat(OscalChecks.schemaErrors(badTime)).isNotEmpty();
        ObjectNode badToken = (ObjectNode) tree(json);
        ((ObjectNode) badToken.at("/catalog/groups/0/controls/0")).put("id", "1 ENT");
        assertThat(OscalChecks.schemaErrors(badToken)).isNotEmpty();
        ObjectNode badUri = (ObjectNode) tree(json);
        ((ObjectNode) badUri.at("/catalog/groups/0/controls/0/links/0")).put("href", "#a b\\c");
        assertThat(OscalChecks.schemaErrors(badUri)).as("format uri-reference asserted").isNotEmpty();
    }

    @Test
    void theChecksBeyondTheSchemaCatchWhatTheyPromise() throws IOException {
        String json = OSCAL.catalog(CATALOGUE);
        ObjectNode v4 = (ObjectNode) tree(json);
        ((ObjectNode) v4.get("catalog")).put("uuid", UUID.nameUUIDFromBytes(new byte[0]).toString().replaceFirst("-3", "-4"));
        assertThat(OscalChecks.documentErrors(v4)).anyMatch(e -> e.contains("not a version-5 UUID"));
        ObjectNode twice = (ObjectNode) tree(json);
        ((ObjectNode) twice.at("/catalog/groups/0/controls/1")).put("id", "ENT-01");
        assertThat(OscalChecks.documentErrors(twice)).anyMatch(e -> e.contains("id ENT-01 twice"));
        ObjectNode foreignProp = (ObjectNode) tree(json);
        ((ObjectNode) foreignProp.at("/catalog/groups/0/controls/0/props/0")).remove("ns");
        assertThat(OscalChecks.documentErrors(foreignProp)).anyMatch(e -> e.contains("outside kumo's namespace"));
        ObjectNode empty = (ObjectNode) tree(json);
        ((ObjectNode) empty.at("/catalog/groups/0/controls/0")).putArray("links");
        assertThat(OscalChecks.documentErrors(empty)).anyMatch(e -> e.contains("empty array"));
        ObjectNode dangling = (ObjectNode) tree(json);
        ((ObjectNode) dangling.at("/catalog/groups/0/controls/0/links/0")).put("href", "#nowhere");
        assertThat(OscalChecks.documentErrors(dangling)).anyMatch(e -> e.contains("does not resolve"));
        ObjectNode outside = (ObjectNode) tree(json);
        ((ObjectNode) outside.at("/catalog/groups/0/controls/0/links/0")).put("href", "https://example.org/");
        assertThat(OscalChecks.documentErrors(outside)).anyMatch(e -> e.contains("leaves the document"));
    }

    @Test
    void kumosNamespaceUuidIsTheVersion5UuidOfItsNamespaceUri() {
        // computed independently: Python's uuid.uuid5(uuid.NAMESPACE_URL, NS) and uuid.uuid5(that, "catalog/1")
        assertThat(Oscal.NAMESPACE).hasToString("3e242918-9051-5f79-92bb-24e46d46cf07");
        assertThat(Oscal.uuid("catalog/1")).isEqualTo("6759d89a-ac7a-5a6f-b5bd-bf3da0e33a43");
    }

    @Test
    void theTextsExistInJapaneseAndEnglish() {
        var ja = kumo.domain.catalogue.Texts.read("/kumo/application/document/oscal/oscal_ja.properties");
        var en = kumo.domain.catalogue.Texts.read("/kumo/application/document/oscal/oscal_en.properties");
        assertThat(ja.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    }

    @Test
    void userTextCannotBecomeMarkup() {
        assertThat(Markdown.escape("<script>alert(1)</script> *x* [a](b)"))
                .isEqualTo("\\<script\\>alert\\(1\\)\\</script\\> \\*x\\* \\[a\\]\\(b\\)");
    }
}
