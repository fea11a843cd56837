package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kumo.application.document.LocalizedText;
import kumo.application.records.StoreException;
import kumo.application.records.port.in.StoreSession;

/**
 * {@code kumo assess FILE…|DIR --record} up to the store: every input is read and checked before the store is
 * opened, a request that could not be keyed by its own names is bad input naming the field, a batch without any
 * good input never opens the store, and a store that fails ends the run with its exit code and nothing on
 * standard output. (Recording into a real store: {@code app/src/test/java/kumo/app/cli}.)
 */
class RecordedBatchTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** An example request without the name of its system or service: valid, but not keyable in a batch. */
    private static Path nameless(String name, String part) throws IOException {
        ObjectNode request = (ObjectNode) JSON.readTree(Cli.example("eligible-ismap-iaas.json").toFile());
        ((ObjectNode) request.get(part)).remove("name");
        return write(name, JSON.writeValueAsString(request));
    }

    @Test
    void aBatchWithoutAnyGoodInputReportsEveryFileAndNeverOpensTheStore() throws IOException {
        Path broken = write("broken.json", "{\"kumo\": \"assessment-request/1\", \"system\": ");
        Path noSystemName = nameless("no-system-name.json", "system");
        Path missing = dir.resolve("missing.json");

        Cli.Run ja = Cli.untouched("assess", broken.toString(), noSystemName.toString(), missing.toString(), "--record");
        Cli.Run en = Cli.untouched("assess", broken.toString(), noSystemName.toString(), "--record", "--lang", "en");

        assertThat(ja.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ja.out()).contains(broken + ":", noSystemName + ":", missing + ":", "入力の誤り（ERROR）: 3件",
                "何も記録していません。評価できた入力がありません。").doesNotContain("として記録");
        assertThat(ja.err()).contains("kumo: エラー: " + noSystemName + ": 評価依頼に誤りがあります（1件）。",
                "  $.system.name: 保存するためのキーがありません。", "このファイルだけを --system-id を付けて記録してください。");
        assertThat(en.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(en.out()).contains("Nothing was recorded: no input could be assessed.");
        assertThat(en.err()).contains("  $.system.name: No key to store it under", "record it on its own with --system-id.");
        BadInputTest.assertNoStackTrace(ja);
        BadInputTest.assertNoStackTrace(en);
    }

    @Test
    void aRequestWithoutItsServicesNameIsReportedInTheBatchDocumentAtThatPath() throws IOException {
        Path noServiceName = nameless("no-service-name.json", "service");

        Cli.Run run = Cli.untouched("assess", noServiceName.toString(), noServiceName.toString(), "--record",
                "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("kumo").asText()).isEqualTo(Batch.TYPE);
        assertThat(doc.get("results")).hasSize(2);
        JsonNode violation = doc.get("results").get(0).get("error").get("violations").get(0);
        assertThat(violation.get("path").asText()).isEqualTo("$.service.name");
        assertThat(violation.get("code").asText()).isEqualTo(AssessCommand.RECORD_KEY);
        assertThat(violation.get("message").get("ja").asText()).contains("service.name", "--service-id");
        assertThat(violation.get("message").get("en").asText()).contains("service.name", "--service-id");
        assertThat(doc.get("summary").get("ERROR").asInt()).isEqualTo(2);
        assertThat(run.err()).as("standard output stays one document").contains("何も記録していません")
                .doesNotContain("{");
    }

    @Test
    void aStoreThatFailsEndsTheBatchWithItsCodeAndNothingOnStandardOutput() throws IOException {
        Path broken = write("broken-too.json", "[]");
        List<String> opened = new ArrayList<>();
        StoreSession.Sessions full = Cli.failing(opened, new StoreException(StoreException.Reason.FULL,
                new LocalizedText("保存先のディスクがいっぱいです。", "The store's disk is full.")));

        Cli.Run run = Cli.run(Cli.cli(Cli.ASSESS, full), "", "assess", "--store", "batch.db",
                Cli.example("eligible-ismap-iaas.json").toString(), broken.toString(), "--record", "--lang", "en");

        assertThat(opened).containsExactly("batch.db");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        assertThat(run.out()).as("no report of a batch that was not recorded").isEmpty();
        assertThat(run.err()).startsWith("kumo: error: The store's disk is full.").contains("Store: batch.db");
        BadInputTest.assertNoStackTrace(run);
    }
}
