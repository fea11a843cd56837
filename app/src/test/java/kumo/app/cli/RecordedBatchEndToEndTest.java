package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kumo.application.records.Recorded;

/**
 * {@code kumo assess FILE…|DIR --record} end to end, in-process with the real wiring, on a real SQLite file under
 * target/: a whole directory recorded in one transaction, each id printed next to its file; bad files reported
 * and not recorded while the good ones are; a store that fails in the middle of the batch leaves nothing behind.
 */
class RecordedBatchEndToEndTest {

    /** A text line of a recorded batch: the file, then "…、ID <id> として記録". */
    private static final Pattern RECORDED_LINE = Pattern.compile("(?m)^(\\S+\\.json):\\s.*、ID (\\S+) として記録$");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("kumo.db");
    }

    private String store() {
        return db().toString();
    }

    private static Path examples() {
        return Kumo.example("full-city-record.json").getParent();
    }

    /** Every example request, by path as kumo names it in a batch of the examples directory. */
    private static Map<String, JsonNode> exampleRequests() throws IOException {
        Map<String, JsonNode> requests = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(examples(), "*.json")) {
            for (Path file : files) {
                requests.put(file.toString(), Kumo.read(file));
            }
        }
        assertThat(requests).hasSizeGreaterThan(10);
        return requests;
    }

    /** File → recorded id, from the text output of a recorded batch. */
    private static Map<String, String> recordedIds(Kumo.Run run) {
        Map<String, String> ids = new TreeMap<>();
        Matcher m = RECORDED_LINE.matcher(run.out());
        while (m.find()) {
            ids.put(m.group(1), m.group(2));
        }
        return ids;
    }

    /** Every stored assessment's listing row, by id. */
    private Map<String, JsonNode> stored() throws IOException {
        Kumo.Run list = Kumo.run("assessment", "list", "--store", store(), "--format", "json", "--page-size", "1000");
        assertThat(list.exitCode()).as("%s", list).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode item : Kumo.JSON.readTree(list.out()).get("items")) {
            rows.put(item.get("id").asText(), item);
        }
        return rows;
    }

    /** The audit events, by action, counted. */
    private Map<String, Integer> auditActions() throws IOException {
        Kumo.Run list = Kumo.run("audit", "list", "--store", store(), "--format", "json", "--limit", "1000");
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode event : Kumo.JSON.readTree(list.out()).get("events")) {
            counts.merge(event.get("action").asText(), 1, Integer::sum);
        }
        return counts;
    }

    /** Rows of a table, counted with plain JDBC behind kumo's back. */
    private long rows(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theExamplesDirectoryIsRecordedInOneRunAndARerunLinksEverySystemToItsFirstAssessment() throws Exception {
        Map<String, JsonNode> requests = exampleRequests();

        Kumo.Run first = Kumo.run("assess", examples().toString(), "--record", "--store", store(), "--actor", "一括登録");

        assertThat(first.exitCode()).as("the most severe verdict: PROHIBITED\n%s", first).isEqualTo(40);
        Map<String, String> ids = recordedIds(first);
        assertThat(ids.keySet()).as("an id next to every file\n%s", first).isEqualTo(requests.keySet());
        assertThat(new TreeSet<>(ids.values())).as("all different").hasSize(requests.size());
        assertThat(first.out()).contains(requests.size() + " 件の評価を1つのトランザクションで記録しました（保存先 " + store() + "）。")
                .doesNotContain("記録していません");
        assertThat(first.err()).isEmpty();

        assertThat(rows("assessment")).isEqualTo(requests.size());
        Map<String, JsonNode> rows = stored();
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(ids.values());
        // some examples are re-assessments of one system (format 2): in the batch's (file name) order, the first
        // of a system is a first assessment and each later one follows the one before it
        Map<String, String> latest = new HashMap<>();
        for (Map.Entry<String, String> e : ids.entrySet()) {
            JsonNode row = rows.get(e.getValue());
            JsonNode request = requests.get(e.getKey());
            String system = request.at("/system/name").asText();
            assertThat(row.get("systemId").asText()).as(e.getKey()).isEqualTo(system);
            assertThat(row.get("serviceId").asText()).as(e.getKey()).isEqualTo(request.at("/service/name").asText());
            String previous = latest.put(system, e.getValue());
            if (previous == null) {
                assertThat(row.get("previousId").isNull()).as("a first assessment: " + e.getKey()).isTrue();
            } else {
                assertThat(row.get("previousId").asText()).as("follows the one before: " + e.getKey()).isEqualTo(previous);
            }
            assertThat(row.get("recordedBy").asText()).isEqualTo("一括登録");
        }
        long services = requests.values().stream().map(r -> r.at("/service/name").asText()).distinct().count();
        assertThat(services).as("some examples share a service").isLessThan(requests.size());
        assertThat(auditActions()).containsEntry("ASSESSMENT_RECORDED", requests.size())
                .containsEntry("SYSTEM_CREATED", (int) requests.values().stream().map(r -> r.at("/system/name").asText()).distinct().count()).containsEntry("SERVICE_CREATED", (int) services);

        // again, as JSON: every entry carries its id; each system's new row links to the first run's
        Kumo.Run second = Kumo.run("assess", examples().toString(), "--record", "--store", store(), "--format", "json");

        assertThat(second.exitCode()).as("%s", second).isEqualTo(40);
        assertThat(second.err()).contains(requests.size() + " 件の評価を1つのトランザクションで記録しました");
        JsonNode batch = Kumo.JSON.readTree(second.out());
        assertThat(batch.get("kumo").asText()).isEqualTo("assessment-batch/1");
        assertThat(batch.get("results")).hasSize(requests.size());
        Map<String, JsonNode> after = stored();
        assertThat(after).hasSize(2 * requests.size());
        for (JsonNode entry : batch.get("results")) {
            List<String> fields = new ArrayList<>();
            entry.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("file", "verdict", "id", "result");
            JsonNode row = after.get(entry.get("id").asText());
            assertThat(row).as("stored: %s", entry.get("file")).isNotNull();
            assertThat(row.get("verdict").asText()).isEqualTo(entry.get("verdict").asText())
                    .isEqualTo(entry.at("/result/verdict").asText());
            String system = requests.get(entry.get("file").asText()).at("/system/name").asText();
            assertThat(row.get("previousId").asText()).as(entry.get("file").asText())
                    .isEqualTo(latest.put(system, entry.get("id").asText()));
        }
        assertThat(rows("assessment")).isEqualTo(2L * requests.size());
        assertThat(Kumo.run("audit", "verify", "--store", store()).exitCode()).isZero();
    }

    @Test
    void aBatchWithBadFilesRecordsTheGoodOnesAndReportsTheBad() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path expired = Files.copy(Kumo.example("expired-certificate.json"), batch.resolve("a-expired.json"));
        Path full = Files.copy(Kumo.example("full-city-record.json"), batch.resolve("b-full.json"));
        Path broken = Files.writeString(batch.resolve("c-broken.json"), "{\"kumo\": \"assessment-request/1\", \"system\": ",
                StandardCharsets.UTF_8);
        ObjectNode nameless = Kumo.read(Kumo.example("eligible-ismap-iaas.json"));
        ((ObjectNode) nameless.get("system")).remove("name");
        Path noName = Kumo.write(batch.resolve("d-no-system-name.json"), nameless);

        Kumo.Run run = Kumo.run("assess", batch.toString(), "--record", "--store", store(), "--lang", "en");

        assertThat(run.exitCode()).as("a bad file makes the batch's code 2\n%s", run).isEqualTo(2);
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(expired.toString()) + ":\\s.*; recorded as (\\S+)$")
                .matcher(run.out());
        assertThat(line.find()).as("%s", run).isTrue();
        String expiredId = line.group(1);
        line = Pattern.compile("(?m)^" + Pattern.quote(full.toString()) + ":\\s.*; recorded as (\\S+)$").matcher(run.out());
        assertThat(line.find()).as("%s", run).isTrue();
        String fullId = line.group(1);
        assertThat(run.out()).containsPattern("(?m)^" + Pattern.quote(broken.toString()) + ":\\s+bad input \\(ERROR\\), details on standard error$")
                .containsPattern("(?m)^" + Pattern.quote(noName.toString()) + ":\\s+bad input \\(ERROR\\), details on standard error$")
                .contains("Recorded 2 assessment(s) in one transaction (store " + store() + ").",
                        "2 input(s) with bad input were not recorded.");
        assertThat(run.err()).contains(broken + ": the assessment request is invalid", noName + ": the assessment request is invalid",
                "  $.system.name: No key to store it under");

        assertThat(rows("assessment")).isEqualTo(2);
        assertThat(stored().keySet()).containsExactlyInAnyOrder(expiredId, fullId);
        assertThat(Kumo.run("system", "show", "保育所入所選考支援システム", "--store", store()).exitCode())
                .as("the nameless request's system was not created under any name").isEqualTo(2);
        assertThat(auditActions()).containsEntry("ASSESSMENT_RECORDED", 2).containsEntry("SYSTEM_CREATED", 2);
    }

    @Test
    void aStoreThatFailsInTheMiddleOfTheBatchRecordsNothingAndExitsWithItsCode() throws Exception {
        Kumo.Run one = Kumo.run("assess", Kumo.example("expired-certificate.json").toString(), "--record", "--store", store());
        assertThat(one.exitCode()).as("%s", one).isEqualTo(30);
        Map<String, Integer> auditBefore = auditActions();
        // behind kumo's back: the third stored assessment cannot be written (as if the disk filled up there)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER test_fail_third BEFORE INSERT ON assessment WHEN (SELECT count(*) FROM assessment) >= 3"
                    + " BEGIN SELECT RAISE(ABORT, 'no room for a third assessment'); END");
        }

        Kumo.Run batch = Kumo.run("assess", examples().toString(), "--record", "--store", store());

        assertThat(batch.exitCode()).as("the store's code\n%s", batch).isEqualTo(5);
        assertThat(batch.out()).as("no report of a batch that was not recorded").isEmpty();
        assertThat(batch.err()).startsWith("kumo: エラー: ").contains("何も書き込んでいません", "保存先: " + store())
                .doesNotContain("no room", "SQLITE", "Exception", "INSERT");
        assertThat(rows("assessment")).as("the two written before the failure were rolled back").isEqualTo(1);
        assertThat(rows("system_profile")).isEqualTo(1);
        assertThat(auditActions()).isEqualTo(auditBefore);
        assertThat(Kumo.run("audit", "verify", "--store", store()).exitCode()).isZero();
        Matcher recorded = Pattern.compile("評価を記録しました: ID (\\S+)（").matcher(one.out());
        assertThat(recorded.find()).isTrue();
        assertThat(stored().keySet()).containsExactly(recorded.group(1));
    }
}
