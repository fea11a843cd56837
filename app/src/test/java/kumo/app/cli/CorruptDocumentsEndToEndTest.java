package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored documents damaged behind kumo's back (a request that is not JSON, a result whose gzip is broken or whose
 * digest does not match, a profile that is not JSON): every command that reads them exits 5 naming the table and
 * the key — never 1, never a stack trace.
 */
class CorruptDocumentsEndToEndTest {

    private static final Pattern RECORDED = Pattern.compile("評価を記録しました: ID (\\S+)（");

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("kumo.db").toString();
    }

    private String recorded() {
        Kumo.Run run = Kumo.run("assess", Kumo.example("eligible-ismap-iaas.json").toString(), "--record", "--store", store());
        Matcher m = RECORDED.matcher(run.out());
        assertThat(m.find()).as("%s", run).isTrue();
        return m.group(1);
    }

    private void update(String sql, Object... values) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store());
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static void refused(Kumo.Run run, String... naming) {
        assertThat(run.exitCode()).as("%s", run).isEqualTo(5);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("kumo: ").contains(naming).doesNotContain("Exception", "at kumo.", "SQLITE_");
    }

    @Test
    void aStoredRequestThatIsNotJsonIsExit5WithTableAndKey() throws Exception {
        String id = recorded();
        update("UPDATE assessment SET request_json = ? WHERE id = ?", "{\"kumo\": \"assessment-request/1\", 機密性", id);

        for (String format : List.of("text", "request", "record", "json")) {
            refused(Kumo.run("assessment", "show", id, "--format", format, "--store", store(), "--lang", "en"),
                    "table assessment, key \"" + id + "\": the stored request_json is not valid JSON");
        }
        refused(Kumo.run("store", "export", "-", "--store", store()), "assessment テーブル、キー「" + id + "」",
                "request_json が JSON として読めません");
    }

    @Test
    void aStoredResultWithBrokenGzipOrAnotherDigestIsExit5WithTableAndKey() throws Exception {
        String broken = recorded();
        String swapped = recorded();
        update("UPDATE assessment SET result_gzip = ? WHERE id = ?", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, broken);
        update("UPDATE assessment SET result_sha256 = ? WHERE id = ?", "0".repeat(64), swapped);

        refused(Kumo.run("assessment", "show", broken, "--store", store(), "--lang", "en"),
                "table assessment, key \"" + broken + "\": the stored result_gzip cannot be decompressed");
        refused(Kumo.run("assessment", "diff", broken, swapped, "--store", store()), "assessment テーブル");
        refused(Kumo.run("assessment", "show", swapped, "--store", store(), "--lang", "en"),
                "table assessment, key \"" + swapped + "\": the stored result does not match its SHA-256 digest");
    }

    @Test
    void aStoredProfileThatIsNotJsonIsExit5WithTableAndKey() throws Exception {
        recorded();
        String id;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store());
                java.sql.ResultSet r = c.createStatement().executeQuery("SELECT id FROM cloud_service")) {
            assertThat(r.next()).isTrue();
            id = r.getString(1);
        }
        update("UPDATE cloud_service SET profile_json = ? WHERE id = ?", "not json", id);

        refused(Kumo.run("service", "show", id, "--store", store(), "--lang", "en"),
                "table cloud_service, key \"" + id + "\": the stored profile_json is not valid JSON");
        refused(Kumo.run("service", "list", "--store", store()), "cloud_service テーブル");
    }
}
