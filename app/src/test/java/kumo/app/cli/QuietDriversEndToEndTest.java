package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kumo.app.Main;

/**
 * The real command line ({@link Main} in a child JVM, as {@code java -jar kumo.jar} runs it): a successful run on a
 * new store prints nothing on standard error — no Flyway, jOOQ or driver log lines, on SQLite and on a real
 * PostgreSQL server — and with {@code --debug} their lines are shown.
 */
@org.junit.jupiter.api.Tag("slow")
class QuietDriversEndToEndTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A new, empty PostgreSQL database: kumo creates its schema there on first use. */
    private static String newDatabase(String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort()
                + "/postgres?user=postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres";
    }

    private record Result(int exit, String out, String err) {
    }

    private Result kumo(String... args) throws Exception {
        return java(Main.class, args);
    }

    private Result java(Class<?> main, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("KUMO_STORE");
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("kumo finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLibrariesErrorLinesAreOffUnlessDebug() throws Exception {
        Result quiet = java(LoggingProbe.class, "service", "list");
        Result afterDashes = java(LoggingProbe.class, "assess", "--", "--debug");
        Result debug = java(LoggingProbe.class, "--debug", "service", "list");

        assertThat(quiet.out()).isEqualTo("probe done\n");
        assertThat(quiet.err()).isEmpty();
        assertThat(afterDashes.err()).as("a file named --debug is not the option").isEmpty();
        assertThat(debug.err()).contains("ERROR org.flywaydb.core.internal.command.DbMigrate - Migration of schema",
                "Connection leak detected (probe)");
    }

    @Test
    void aSuccessfulRunOnANewStorePrintsNothingOnStandardError_andWithDebugTheLogLinesAreShown() throws Exception {
        String request = Kumo.example("eligible-ismap-iaas.json").toString();
        List<String> stores = List.of(dir.resolve("new.db").toString(), newDatabase("quiet"));
        List<String> debugStores = List.of(dir.resolve("debug.db").toString(), newDatabase("loud"));

        for (String store : stores) {
            Result recorded = kumo("assess", request, "--record", "--store", store, "--format", "json");
            Result listed = kumo("service", "list", "--store", store);

            assertThat(recorded.exit()).as("%s", recorded).isZero();
            assertThat(recorded.err()).as("exactly what kumo says: the recorded id").startsWith("評価を記録しました: ID ")
                    .hasLineCount(1);
            assertThat(listed.exit()).as("%s", listed).isZero();
            assertThat(listed.err()).as("%s", store).isEmpty();
        }
        for (String store : debugStores) {
            Result debug = kumo("--debug", "service", "list", "--store", store);
            assertThat(debug.exit()).as("%s", debug).isZero();
            assertThat(debug.err()).as("%s", store).containsIgnoringCase("flyway");
        }
    }
}
