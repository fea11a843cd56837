package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kumo.app.web.ApiClient.Answer;

/**
 * The JSON API against the real server (production composition, a real SQLite file): every route's success
 * and its error statuses, each error a JSON document naming where the problem is in both languages.
 */
class ApiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T15:30:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static WebServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = WebServer.start(dir.resolve("kumo.db"), CLOCK, Map.of("KUMO_ACTOR", "api-test"));
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String example(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("docs").resolve("examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readString(candidate, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("no example " + name);
    }

    /** The example as a tree, with {@code follows} and the plan field {@code without} removed. */
    static ObjectNode exampleWithout(String name, String without) {
        try {
            ObjectNode tree = (ObjectNode) ApiClient.JSON.readTree(example(name));
            tree.remove("follows");
            if (without != null) {
                ((ObjectNode) tree.get("plan")).remove(without);
            }
            return tree;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(Answer a, int status, String path) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("kumo").asText()).isEqualTo("api-error/1");
        assertThat(a.json().get("status").asInt()).isEqualTo(status);
        assertThat(a.json().at("/message/ja").asText()).isNotBlank();
        assertThat(a.json().at("/message/en").asText()).isNotBlank();
        assertThat(a.json().get("problems")).isNotEmpty();
        assertThat(a.json().get("problems")).anySatisfy(p -> assertThat(p.get("path").asText()).isEqualTo(path));
        for (JsonNode p : a.json().get("problems")) {
            assertThat(p.at("/message/ja").asText()).isNotBlank();
            assertThat(p.at("/message/en").asText()).isNotBlank();
        }
        assertThat(a.text()).doesNotContain("Exception").doesNotContain("at kumo.").doesNotContain("at io.javalin");
    }

    // ---------------------------------------------------------------- assess

    @Test
    void assessAnswersTheCompactResultInTheAskedLanguageAndStoresNothing() {
        Answer ja = api.send("POST", "api/v1/assess", "application/json",
                example("eligible-ismap-iaas.json").getBytes(StandardCharsets.UTF_8), "Accept-Language", "ja");
        assertThat(ja.status()).isEqualTo(200);
        assertThat(ja.json().get("kumo").asText()).isEqualTo("assessment-result-compact/1");
        assertThat(ja.json().get("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(ja.json().get("lang").asText()).isEqualTo("ja");

        Answer en = api.send("POST", "api/v1/assess", "application/json",
                example("eligible-ismap-iaas.json").getBytes(StandardCharsets.UTF_8), "Accept-Language", "en-GB,en;q=0.9");
        assertThat(en.json().get("lang").asText()).isEqualTo("en");
        Answer query = api.send("POST", "api/v1/assess?lang=ja", "application/json",
                example("eligible-ismap-iaas.json").getBytes(StandardCharsets.UTF_8), "Accept-Language", "en");
        assertThat(query.json().get("lang").asText()).as("?lang= wins").isEqualTo("ja");

        Answer full = api.post("api/v1/assess?form=full", example("eligible-ismap-iaas.json"));
        assertThat(full.json().get("kumo").asText()).isEqualTo("assessment-result/1");
        assertThat(full.json().at("/findings/0/title/ja").asText()).isNotBlank();
        assertThat(full.json().at("/findings/0/title/en").asText()).isNotBlank();
    }

    @Test
    void assessRefusesBadInputNamingWhere() {
        assertError(api.post("api/v1/assess", "{\"kumo\": "), 400, "$.kumo");
        assertError(api.post("api/v1/assess", "[1, 2]"), 400, "$");
        ObjectNode tree = exampleWithout("eligible-ismap-iaas.json", null);
        ((ObjectNode) tree.get("system")).put("toleratedOutageHours", "many");
        assertError(api.post("api/v1/assess", tree.toString()), 400, "$.system.toleratedOutageHours");
        tree = exampleWithout("eligible-ismap-iaas.json", null);
        tree.put("surprise", 1);
        assertError(api.post("api/v1/assess", tree.toString()), 400, "$.surprise");
        tree = exampleWithout("eligible-ismap-iaas.json", null);
        ((ObjectNode) tree.get("system")).put("toleratedOutageHours", -3);
        assertError(api.post("api/v1/assess", tree.toString()), 422, "$.system.toleratedOutageHours");
        tree = exampleWithout("eligible-ismap-iaas.json", null);
        ((ObjectNode) tree.get("system")).put("toleratedOutageHours", new java.math.BigDecimal("1e400"));
        Answer huge = api.post("api/v1/assess", tree.toString());
        assertThat(huge.status()).isBetween(400, 422);
        assertError(huge, huge.status(), "$.system.toleratedOutageHours");

        assertError(api.send("POST", "api/v1/assess", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415, "$");
        assertError(api.send("POST", "api/v1/assess", null, "{}".getBytes(StandardCharsets.UTF_8)), 415, "$");
        assertError(api.send("POST", "api/v1/assess", "application/json; charset=iso-8859-1",
                "{}".getBytes(StandardCharsets.UTF_8)), 415, "$");
        assertError(api.send("POST", "api/v1/assess", "application/json",
                new byte[] {'{', '"', 'k', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}), 400, "$");
        assertError(api.send("POST", "api/v1/assess", "application/json", new byte[1_000_001]), 413, "$");
        assertError(api.post("api/v1/assess?lang=fr", example("eligible-ismap-iaas.json")), 400, "?lang");
        assertError(api.post("api/v1/assess?form=pdf", example("eligible-ismap-iaas.json")), 400, "?form");
    }

    // ---------------------------------------------------------------- assessments and steps

    private static JsonNode record(ObjectNode request) {
        Answer a = api.post("api/v1/assessments", request.toString());
        assertThat(a.status()).as(a.text()).isEqualTo(201);
        assertThat(a.header("Location")).isEqualTo("/api/v1/assessments/" + a.json().at("/summary/id").asText());
        return a.json();
    }

    private static String status(JsonNode record, String requirement) {
        for (JsonNode f : record.at("/result/findings")) {
            if (f.get("id").asText().equals(requirement)) {
                return f.get("status").asText();
            }
        }
        throw new AssertionError("no finding " + requirement);
    }

    @Test
    void aRecordedAssessmentIsListedShownAndDiffedAndACityStepReassessesIt() {
        ObjectNode request = exampleWithout("v2-conditional-interconnect-reassessment.json", "overallJudgment");
        ((ObjectNode) request.get("system")).put("name", "保育所入所審査 API テスト");
        JsonNode first = record(request);
        String id = first.at("/summary/id").asText();
        assertThat(status(first, "ASR-10")).isEqualTo("PENDING");
        assertThat(first.at("/summary/recordedBy").asText()).isEqualTo("api-test");

        Answer shown = api.get("api/v1/assessments/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("kumo").asText()).isEqualTo("assessment-record/1");
        assertThat(shown.json().at("/request/system/name").asText()).isEqualTo("保育所入所審査 API テスト");

        Answer step = api.post("api/v1/assessments/" + id + "/steps", """
                {"kind": "decision", "field": "overallJudgment",
                 "decision": {"outcome": "YES", "rationale": "総合的に信頼できる", "decidedBy": "課長", "decidedOn": "2026-11-29"}}
                """);
        assertThat(step.status()).as(step.text()).isEqualTo(201);
        String next = step.json().at("/summary/id").asText();
        assertThat(step.header("Location")).isEqualTo("/api/v1/assessments/" + next);
        assertThat(step.json().at("/summary/previousId").asText()).isEqualTo(id);
        assertThat(step.json().at("/result/follows/assessmentId").asText()).isEqualTo(id);
        assertThat(status(step.json(), "ASR-10")).isEqualTo("MET");

        Answer listed = api.get("api/v1/assessments?system=" + java.net.URLEncoder.encode("保育所入所審査 API テスト",
                StandardCharsets.UTF_8) + "&page=1&size=1");
        assertThat(listed.json().get("kumo").asText()).isEqualTo("assessment-list/1");
        assertThat(listed.json().get("total").asInt()).isEqualTo(2);
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(listed.json().at("/items/0/id").asText()).isIn(id, next);

        Answer diff = api.get("api/v1/assessments/" + id + "/diff/" + next);
        assertThat(diff.status()).as(diff.text()).isEqualTo(200);
        assertThat(diff.json().get("findings").toString()).contains("ASR-10");

        // the step was taken on the first assessment, which is no longer the latest: 409 naming both
        Answer stale = api.post("api/v1/assessments/" + id + "/steps", """
                {"kind": "riskDecision", "riskDecision": {"riskId": "R01", "treatment": "ACCEPT", "rationale": "x"}}
                """);
        assertError(stale, 409, "$");
        assertThat(stale.json().at("/details/expectedLatestId").asText()).isEqualTo(id);
        assertThat(stale.json().at("/details/latestId").asText()).isEqualTo(next);
        assertThat(stale.json().at("/message/ja").asText()).contains(id).contains(next);

        assertError(api.post("api/v1/assessments/" + next + "/steps",
                "{\"kind\": \"riskDecision\", \"riskDecision\": {\"riskId\": \"R99\"}}"), 422, "$.riskDecision.riskId");
        assertError(api.post("api/v1/assessments/" + next + "/steps",
                "{\"kind\": \"decision\", \"field\": \"nonsense\", \"decision\": {\"outcome\": \"YES\"}}"), 422, "$.field");
        assertError(api.post("api/v1/assessments/" + next + "/steps", "{\"kind\": \"vote\"}"), 422, "$.kind");
        assertError(api.post("api/v1/assessments/" + next + "/steps",
                "{\"kind\": \"decision\", \"field\": \"overallJudgment\", \"decision\": {\"outcome\": \"MAYBE\"}}"),
                400, "$.decision.outcome");
        assertError(api.post("api/v1/assessments/no-such/steps", "{\"kind\": \"consultation\", "
                + "\"consultation\": {\"stage\": \"PLANNING\"}}"), 404, "{id}");
        assertError(api.get("api/v1/assessments/no-such"), 404, "{id}");
        assertError(api.get("api/v1/assessments?page=0"), 400, "?page");
        assertError(api.get("api/v1/assessments?size=99999999999999999999"), 400, "?size");
        assertThat(api.get("api/v1/assessments?system=" + java.net.URLEncoder.encode("保育所入所審査 API テスト",
                StandardCharsets.UTF_8)).json().get("total").asInt()).as("nothing written by the refusals").isEqualTo(2);
    }

    @Test
    void aRequestWithoutANameCannotBeRecorded() {
        ObjectNode request = exampleWithout("eligible-ismap-iaas.json", null);
        ((ObjectNode) request.get("system")).remove("name");
        assertError(api.post("api/v1/assessments", request.toString()), 422, "$.system.name");
    }

    // ---------------------------------------------------------------- services and systems

    @Test
    void aServiceIsSavedWithOptimisticLockingAndAConflictNamesBothVersions() throws Exception {
        String profile = ApiClient.JSON.readTree(example("eligible-ismap-iaas.json")).get("service").toString();
        Answer created = api.put("api/v1/services/svc-api", profile);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("kumo").asText()).isEqualTo("service-record/1");
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(created.header("Location")).isEqualTo("/api/v1/services/svc-api");

        Answer again = api.put("api/v1/services/svc-api", profile);
        assertError(again, 409, "$");
        assertThat(again.json().at("/details/storedVersion").asInt()).isEqualTo(1);

        Answer updated = api.put("api/v1/services/svc-api?version=1", profile);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);

        Answer conflict = api.put("api/v1/services/svc-api?version=1", profile);
        assertError(conflict, 409, "$");
        assertThat(conflict.json().at("/details/expectedVersion").asInt()).isEqualTo(1);
        assertThat(conflict.json().at("/details/storedVersion").asInt()).isEqualTo(2);
        assertThat(conflict.json().at("/message/ja").asText()).contains("版 1").contains("版 2");

        assertThat(api.get("api/v1/services/svc-api").json().get("version").asInt()).isEqualTo(2);
        assertThat(api.get("api/v1/services").json().get("kumo").asText()).isEqualTo("service-list/1");
        assertError(api.get("api/v1/services/none"), 404, "{id}");
        assertError(api.put("api/v1/services/svc-api?version=zero", profile), 400, "?version");
        assertError(api.put("api/v1/services/svc-x", "{\"name\": \"x\", \"serviceModel\": \"SOMETHING\"}"), 400,
                "$.serviceModel");
    }

    @Test
    void aSystemIsSavedAndABadProfileIsNamedAtItsPath() throws Exception {
        String profile = ApiClient.JSON.readTree(example("eligible-ismap-iaas.json")).get("system").toString();
        assertThat(api.put("api/v1/systems/sys-api", profile).status()).isEqualTo(201);
        assertThat(api.get("api/v1/systems/sys-api").json().at("/profile/name").asText()).isNotBlank();
        assertThat(api.get("api/v1/systems").json().get("total").asInt()).isGreaterThanOrEqualTo(1);
        ObjectNode bad = (ObjectNode) ApiClient.JSON.readTree(profile);
        bad.put("toleratedOutageHours", -1);
        assertError(api.put("api/v1/systems/sys-api?version=1", bad.toString()), 422, "$.toleratedOutageHours");
    }

    // ---------------------------------------------------------------- catalogue, evidence, export, description

    @Test
    void theCatalogueHasEveryRequirementRiskExemptionAndClauseInBothLanguages() {
        Answer c = api.get("api/v1/catalogue");
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.json().get("requirements")).hasSize(56);
        assertThat(c.json().get("risks")).hasSize(29);
        assertThat(c.json().get("exemptions")).isNotEmpty();
        assertThat(c.json().get("clauses")).isNotEmpty();
        for (String part : new String[] {"requirements", "risks", "exemptions"}) {
            for (JsonNode e : c.json().get(part)) {
                assertThat(e.at("/title/ja").asText()).as(e.get("id").asText()).isNotBlank();
                assertThat(e.at("/title/en").asText()).as(e.get("id").asText()).isNotBlank();
            }
        }
    }

    @Test
    void expiringEvidenceAndTheExportAnswerJson() {
        Answer expiring = api.get("api/v1/evidence/expiring?days=3650");
        assertThat(expiring.status()).isEqualTo(200);
        assertThat(expiring.json().get("kumo").asText()).isEqualTo("expiring-evidence/1");
        assertError(api.get("api/v1/evidence/expiring?days=-1"), 400, "?days");

        Answer export = api.get("api/v1/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("kumo").asText()).isEqualTo("kumo-store-export/1");
    }

    @Test
    void theDescriptionAndTheSchemasItRefersToAreServed() {
        Answer openapi = api.get("api/v1/openapi.json");
        assertThat(openapi.json().get("openapi").asText()).isEqualTo("3.1.0");
        Answer schema = api.get("api/v1/schema/assessment-request-2.schema.json");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.json().at("/definitions/Decision")).isNotNull();
        assertError(api.get("api/v1/schema/..%2F..%2Fpom.xml"), 404, "{name}");
        assertError(api.get("api/v1/nowhere"), 404, "$");
    }

    @Test
    void aStoreThatCannotBeUsedIs503WithItsMessageAndNeverItsCredentials() {
        String secret = "s3cret-api-" + System.nanoTime();
        try (WebServer down = WebServer.start("jdbc:postgresql://kumo:" + secret + "@127.0.0.1:1/kumo", CLOCK,
                Map.of("KUMO_STORE_PASSWORD", secret + "x"))) {
            ApiClient client = new ApiClient(down);
            for (Answer a : new Answer[] {client.get("api/v1/assessments"), client.get("api/v1/services/x"),
                client.post("api/v1/assessments", example("eligible-ismap-iaas.json")), client.get("api/v1/export")}) {
                assertError(a, 503, "$");
                assertThat(a.text()).doesNotContain(secret);
                assertThat(a.json().at("/message/ja").asText()).isNotEqualTo(a.json().at("/message/en").asText());
            }
            assertThat(client.post("api/v1/assess", example("eligible-ismap-iaas.json")).status())
                    .as("assessing needs no store").isEqualTo(200);
        }
    }
}
