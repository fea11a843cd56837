package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.catalogue.CatalogueDocument;
import kumo.application.document.oscal.OscalExchange;

/**
 * {@code kumo export --format oscal} and {@code kumo import --format oscal} in-process: each command's success path
 * and its bad input (exit 2, the message naming the problem), none of which opens a store unless an assessment id
 * asks for one.
 */
class OscalCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OscalExchange OSCAL = new OscalExchange(Cli.DOCUMENTS);

    @TempDir
    Path dir;

    private static Path example(String name) {
        return Cli.docs().resolve("examples").resolve(name);
    }

    /** The {@code service} of an example request, alone in a file. */
    private Path serviceFile(String example) throws IOException {
        JsonNode request = JSON.readTree(example(example).toFile());
        Path file = dir.resolve("service.json");
        Files.writeString(file, JSON.writeValueAsString(request.get("service")));
        return file;
    }

    @Test
    void exportCatalogueWritesTheOscalCatalogToStandardOutputWithoutAStore() throws IOException {
        Cli.Run run = Cli.untouched("export", "--format", "oscal", "catalogue");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(OSCAL.catalog(Cli.CATALOGUE));
        assertThat(JSON.readTree(run.out()).at("/catalog/metadata/oscal-version").asText()).isEqualTo("1.2.1");
    }

    @Test
    void exportToANewFileAndNeverOverAnExistingOne() throws IOException {
        Path target = dir.resolve("catalog.json");
        Cli.Run run = Cli.untouched("export", "--format", "oscal", "catalogue", "--out", target.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(target.toString()).contains("catalog");
        assertThat(Files.readString(target)).isEqualTo(OSCAL.catalog(Cli.CATALOGUE));

        Files.writeString(target, "keep me");
        Cli.Run again = Cli.untouched("export", "--format", "oscal", "catalogue", "--out", target.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(target.toString());
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void exportServiceGivesAComponentDefinition() throws IOException {
        Cli.Run run = Cli.untouched("export", "--format", "oscal", "service", serviceFile("eligible-ismap-iaas.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode component = JSON.readTree(run.out()).at("/component-definition/components/0");
        assertThat(component.get("type").asText()).isEqualTo("service");
        assertThat(component.get("props").findValuesAsText("name")).contains("deployment");
    }

    @Test
    void aBadServiceProfileIsExit2NamingTheField() throws IOException {
        Path file = dir.resolve("bad-service.json");
        Files.writeString(file, "{\"deployment\": \"CLOUDY\"}");
        Cli.Run run = Cli.untouched("export", "--format", "oscal", "service", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("$.deployment").doesNotContain("Exception");
    }

    @Test
    void exportAssessmentFromAResultFile() throws IOException {
        Cli.Run assessed = Cli.run("assess", "--format", "json-full", "--date", "2026-11-28",
                example("eligible-ismap-iaas.json").toString());
        Path result = dir.resolve("result.json");
        Files.writeString(result, assessed.out());
        Cli.Run run = Cli.untouched("export", "--format", "oscal", "assessment", result.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = JSON.readTree(run.out()).at("/assessment-results/results/0");
        assertThat(results.get("findings").size()).isEqualTo(Cli.CATALOGUE.requirements().size());
        assertThat(run.out()).isEqualTo(OSCAL.assessmentResults(assessed.out().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCompactResultIsNotAnAssessmentResultDocument() throws IOException {
        Cli.Run assessed = Cli.run("assess", "--format", "json", example("eligible-ismap-iaas.json").toString());
        Path result = dir.resolve("compact.json");
        Files.writeString(result, assessed.out());
        Cli.Run run = Cli.untouched("export", "--lang", "en", "--format", "oscal", "assessment", result.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(result.toString()).contains("$.");
    }

    @Test
    void badCommandLinesAreExit2AndNeverOpenTheStore() {
        Cli.Run format = Cli.untouched("export", "--format", "xml", "catalogue");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format").contains("xml").contains("oscal");

        Cli.Run what = Cli.untouched("export", "--format", "oscal", "everything");
        assertThat(what.exitCode()).isEqualTo(2);
        assertThat(what.err()).contains("everything").contains("catalogue | service | assessment");

        Cli.Run missing = Cli.untouched("export", "--format", "oscal", "service");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("FILE");

        Cli.Run noFormat = Cli.untouched("export", "catalogue");
        assertThat(noFormat.exitCode()).isEqualTo(2);
        assertThat(noFormat.err()).contains("--format");

        Cli.Run noFile = Cli.untouched("export", "--format", "oscal", "service", dir.resolve("none.json").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("none.json");
    }

    @Test
    void importGivesBackTheCatalogueDocumentAndSaysItIsTheSame() throws IOException {
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, OSCAL.catalog(Cli.CATALOGUE));
        Cli.Run run = Cli.untouched("import", "--format", "oscal", catalog.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(Cli.DOCUMENTS.write(CatalogueDocument.of(Cli.CATALOGUE)) + "\n");

        Cli.Run check = Cli.untouched("import", "--lang", "en", "--format", "oscal", "--check", catalog.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("56 requirements").contains("It is the same as kumo's catalogue version 1");

        Path out = dir.resolve("catalogue.json");
        Cli.Run toFile = Cli.untouched("import", "--format", "oscal", catalog.toString(), "--out", out.toString());
        assertThat(toFile.exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo(run.out());
        assertThat(toFile.out()).contains("同一");
    }

    @Test
    void anEditedCatalogIsReadButSaidToDiffer() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(OSCAL.catalog(Cli.CATALOGUE));
        ((ObjectNode) doc.at("/catalog/groups/0/controls/0/parts/2")).put("prose", "edited");
        Path catalog = dir.resolve("edited.json");
        Files.writeString(catalog, JSON.writeValueAsString(doc));
        Cli.Run run = Cli.untouched("import", "--format", "oscal", "--check", catalog.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("異なります");
    }

    @Test
    void foreignOrBrokenOscalIsExit2NamingTheJsonPath() throws IOException {
        Path foreign = dir.resolve("foreign.json");
        Files.writeString(foreign, """
                {"catalog": {"uuid": "0b1b2cd3-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                  "metadata": {"title": "t", "last-modified": "2024-01-01T00:00:00Z", "version": "1", "oscal-version": "1.2.1"}}}""");
        Cli.Run run = Cli.untouched("import", "--lang", "en", "--format", "oscal", foreign.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("the OSCAL document cannot be read").contains("$.catalog.metadata.props")
                .contains("Not a catalog kumo exported").doesNotContain("Exception");

        ObjectNode doc = (ObjectNode) JSON.readTree(OSCAL.catalog(Cli.CATALOGUE));
        ((ObjectNode) doc.at("/catalog/groups/3/controls/1/props/1")).put("value", "OPTIONAL");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, JSON.writeValueAsString(doc));
        Cli.Run bad = Cli.untouched("import", "--format", "oscal", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("$.catalog.groups[3].controls[1].props").contains("OPTIONAL");

        Cli.Run notJson = Cli.withStdin("{\"catalog\": [", "import", "--format", "oscal", "-");
        assertThat(notJson.exitCode()).isEqualTo(2);
        assertThat(notJson.err()).contains("標準入力");

        Cli.Run both = Cli.untouched("import", "--format", "oscal", "--check", "--out", dir.resolve("x.json").toString(),
                foreign.toString());
        assertThat(both.exitCode()).isEqualTo(2);
    }
}
