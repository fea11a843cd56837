package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code kumo export --format oscal assessment ID} on a real SQLite store with the real wiring: a recorded
 * assessment comes out as OSCAL assessment-results stamped with its id and recorded time, the same bytes every
 * time; an id that is not stored is exit 2; and the store is left as it was.
 */
class OscalExportEndToEndTest {

    private static final Pattern RECORDED = Pattern.compile("評価を記録しました: ID (\\S+)（");

    @TempDir
    Path dir;

    @Test
    void aStoredAssessmentIsExportedByItsIdAndAnUnknownIdIsBadInput() throws Exception {
        String store = dir.resolve("kumo.db").toString();
        Kumo.Run recorded = Kumo.run("assess", Kumo.example("conditional-internet-vpn-awaiting-approval.json").toString(),
                "--record", "--store", store, "--date", "2026-11-28");
        Matcher m = RECORDED.matcher(recorded.out());
        assertThat(m.find()).as("%s", recorded).isTrue();
        String id = m.group(1);

        Kumo.Run first = Kumo.run("export", "--format", "oscal", "assessment", id, "--store", store);
        Kumo.Run second = Kumo.run("export", "--format", "oscal", "assessment", id, "--store", store);
        assertThat(first.exitCode()).as("%s", first).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(second.outBytes()).isEqualTo(first.outBytes());
        JsonNode ar = Kumo.JSON.readTree(first.out()).get("assessment-results");
        assertThat(ar.at("/metadata/props").findValuesAsText("value")).contains(id);
        assertThat(ar.at("/results/0/props/0/value").asText()).isEqualTo("CONDITIONAL");
        assertThat(ar.at("/metadata/last-modified").asText()).startsWith("2026-11-28T").endsWith("Z");

        Path out = dir.resolve("ar.json");
        Kumo.Run toFile = Kumo.run("export", "--format", "oscal", "assessment", id, "--store", store, "--out",
                out.toString());
        assertThat(toFile.exitCode()).as("%s", toFile).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(first.outBytes());

        Kumo.Run missing = Kumo.run("export", "--format", "oscal", "assessment", "no-such-id", "--store", store);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("no-such-id");

        Kumo.Run verify = Kumo.run("audit", "verify", "--store", store);
        assertThat(verify.exitCode()).as("%s", verify).isZero();
    }
}
