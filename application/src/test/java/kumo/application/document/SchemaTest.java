package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import kumo.application.assess.AssessService;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/** The published JSON Schemas accept every example and every result kumo produces, and reject what kumo rejects. */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private static final Documents documents = Documents.create();
    private static final AssessService service = new AssessService(CatalogueV1.catalogue(), documents);

    private static final Map<String, Schema> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    static Schema schema(String name) throws IOException {
        Schema loaded = LOADED.get(name);
        if (loaded == null) {
            try (InputStream in = Files.newInputStream(Project.schema(name))) {
                loaded = REGISTRY.getSchema(in);
            }
            LOADED.put(name, loaded);
        }
        return loaded;
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Project.examples())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The published request schema of the format version a document names. */
    static Schema requestSchemaFor(JsonNode document) throws IOException {
        return schema(AssessmentRequestDocument.TYPE_2.equals(document.path("kumo").asText())
                ? "assessment-request-2.schema.json" : "assessment-request.schema.json");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsValidAgainstTheRequestSchemaOfItsVersion() throws IOException {
        return examples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            JsonNode document = JSON.readTree(p.toFile());
            List<Error> errors = requestSchemaFor(document).validate(document);
            assertThat(errors).as(p.getFileName().toString()).isEmpty();
            assertThat(documents.readRequest(Files.readString(p)).format()).as(p.getFileName().toString()).isPositive();
        }));
    }

    @Test
    void bothFormatVersionsHaveExamples() throws IOException {
        List<String> kinds = new ArrayList<>();
        for (Path p : examples()) {
            kinds.add(JSON.readTree(p.toFile()).path("kumo").asText());
        }
        assertThat(kinds).contains(AssessmentRequestDocument.TYPE, AssessmentRequestDocument.TYPE_2);
    }

    @TestFactory
    Stream<DynamicTest> everyResultIsValidAgainstTheResultSchema() throws IOException {
        Schema result = schema("assessment-result.schema.json");
        return examples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String json;
            try (InputStream in = Files.newInputStream(p)) {
                json = documents.write(service.assess(in, LocalDate.of(2026, 11, 28)));
            }
            List<Error> errors = result.validate(JSON.readTree(json));
            assertThat(errors).as(p.getFileName().toString()).isEmpty();
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"assessment-request.schema.json", "assessment-request-2.schema.json"})
    void everyObjectOfTheRequestSchemaForbidsAdditionalProperties(String name) throws IOException {
        List<String> open = new ArrayList<>();
        walk(JSON.readTree(Project.schema(name).toFile()), "#", open);
        assertThat(open).as("objects without additionalProperties: false").isEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> open) {
        if (node.isObject()) {
            boolean isObjectSchema = node.has("properties") || "object".equals(node.path("type").asText())
                    || (node.path("type").isArray() && node.path("type").toString().contains("\"object\""));
            boolean isSubSchemaOfIfThenElse = at.endsWith("/if") || at.endsWith("/then") || at.endsWith("/else");
            if (isObjectSchema && !isSubSchemaOfIfThenElse && !node.path("additionalProperties").isBoolean()) {
                open.add(at);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("properties") || !at.endsWith("/if")) {
                    walk(e.getValue(), at + "/" + e.getKey(), open);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, open);
            }
        }
    }

    /** Documents that kumo rejects; the schema rejects them too (the rules a draft-07 schema can express). */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kumo\": \"assessment-request/1\", \"system\": {\"colour\": \"blue\"}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/3\", \"system\": {}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {\"dataLocations\": {\"content\": [\"JP\"]}}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {\"dataLocations\": {\"countries\": [\"JP\"]}}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {\"dataLocations\": {\"logs\": [\"jp\"]}}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"plan\": {\"networkPath\": \"PROVIDER_INTERCONNECT\"}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a-1\", \"reason\": \"x\"}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a-1\"}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a 1\", \"reason\": \"x\"}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"follows\": {\"assessmentId\": \"a-1\", \"reason\": \" \"}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {\"ismapRegistrations\": [{\"scope\": \"PLATFORM\"}]}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {\"ismapRegistrations\": [{\"holder\": \" \"}]}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"plan\": {\"deviations\": [{\"requirementId\": \"SEC-03\", \"approvedBy\": \"x\"}]}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"plan\": {\"deviations\": [{\"requirementId\": \"SEC-03\", \"decision\": {\"outcome\": \"NO\"}}]}}",
        "{\"kumo\": \"assessment-request/2\", \"system\": {}, \"service\": {}, \"plan\": {\"entrustmentClassification\": {\"confidentiality\": \"C3A\"}}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"plan\": {\"entrustmentClassification\": {}}}",
        "{\"kumo\": \"assessment-request/1\", \"catalogueVersion\": \"2\", \"system\": {}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {\"users\": \"staff\"}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {\"toleratedOutageHours\": -1}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {\"classification\": {\"confidentiality\": \"C3A\"}}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {\"classification\": {\"scheme\": \"FIVE_LEVEL_2024\", \"confidentiality\": \"C3\"}}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {\"dataLocations\": {\"countries\": [\"jp\"]}}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {\"continuity\": {\"availabilitySlaPercent\": 100.5}}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {\"capabilities\": {\"TELEPORT\": true}}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"plan\": {\"riskDecisions\": [{\"riskId\": \"R30\"}]}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"plan\": {\"deviations\": [{\"requirementId\": \"LAW-01\"}]}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"plan\": {\"scopeChecks\": [{\"evidenceId\": \" \"}]}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}, \"plan\": {\"consultations\": [{\"heldOn\": \"2026-01-05\"}]}}",
        "{\"kumo\": \"assessment-request/1\", \"assessmentDate\": \"28/11/2026\", \"system\": {}, \"service\": {}}",
        "{\"kumo\": \"assessment-request/1\", \"system\": {\"integrations\": [null]}, \"service\": {}}",
        "{\"system\": {}, \"service\": {}}"})
    void whatKumoRejectsTheSchemaRejects(String json) throws IOException {
        assertThat(requestSchemaFor(JSON.readTree(json)).validate(JSON.readTree(json))).as(json).isNotEmpty();
        assertThatThrownBy(() -> documents.readRequest(json)).as(json).isInstanceOf(InvalidDocumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"assessment-request/1", "assessment-request/2"})
    void aMinimalRequestIsValidForBoth(String kumo) throws IOException {
        String json = "{\"kumo\": \"" + kumo + "\", \"system\": {}, \"service\": {}}";
        assertThat(requestSchemaFor(JSON.readTree(json)).validate(JSON.readTree(json))).isEmpty();
        assertThat(documents.readRequest(json).plan()).isNull();
    }
}
