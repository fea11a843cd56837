package kumo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store location's credentials never reach any output: each credential form, given as {@code --store} and as
 * {@code KUMO_STORE}, for a database that cannot be reached, for locations that are refused, with and without
 * {@code --debug}, over several commands; everything kumo writes (its stdout and stderr, and the process's
 * {@code System.out} / {@code System.err}, where drivers and loggers write) is searched for the secret. And a
 * SQLite location is a path: a query string is refused before anything is opened.
 */
class StoreCredentialsTest {

    /** The secret of every form; each form makes it distinct so that a leak names its form. */
    private static final String SECRET = "S3cr3tPw";

    /** Nothing listens here: the connection is refused at once. */
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/kumo";

    @TempDir
    Path dir;

    /** Each credential form, the secret in it, and the exit code: 5 unreachable (location shown), 2 refused. */
    static Stream<Arguments> credentialForms() {
        return Stream.of(
                Arguments.of(UNREACHABLE + "?user=kumo&password=" + SECRET + "1", SECRET + "1", 5),
                Arguments.of(UNREACHABLE + "?password=" + SECRET + "2&user=kumo&ssl=false", SECRET + "2", 5),
                Arguments.of("jdbc:postgresql://kumo:" + SECRET + "3@127.0.0.1:1/kumo", SECRET + "3", 5),
                Arguments.of("jdbc:postgresql://kumo:" + SECRET + "4@127.0.0.1:1/kumo?user=kumo", SECRET + "4", 5),
                Arguments.of(UNREACHABLE + "?user=kumo&sslpassword=" + SECRET + "5", SECRET + "5", 5),
                Arguments.of(UNREACHABLE + "?user=kumo&pass%77ord=" + SECRET + "6", SECRET + "6", 5),
                Arguments.of(UNREACHABLE + "?user=kumo&PASSWORD=" + SECRET + "7", SECRET + "7", 5),
                Arguments.of(UNREACHABLE + ";password=" + SECRET + "8", SECRET + "8", 2),
                Arguments.of(UNREACHABLE + "?user=kumo;password=" + SECRET + "9", SECRET + "9", 2),
                Arguments.of(UNREACHABLE + "?user=kumo&client_secret=" + SECRET + "10", SECRET + "10", 2),
                Arguments.of("postgresql://kumo:" + SECRET + "11@127.0.0.1:1/kumo", SECRET + "11", 2),
                Arguments.of("jdbc:mysql://127.0.0.1:1/kumo?password=" + SECRET + "12", SECRET + "12", 2),
                Arguments.of("kumo.db?password=" + SECRET + "13", SECRET + "13", 2),
                Arguments.of("jdbc:sqlite:kumo.db?password=" + SECRET + "14", SECRET + "14", 2),
                Arguments.of("jdbc:postgresql://kumo:" + SECRET + "15?@127.0.0.1:1/kumo", SECRET + "15", 5),
                Arguments.of("jdbc:postgresql://kumo:" + SECRET + "16/x@127.0.0.1:1/kumo", SECRET + "16", 2),
                Arguments.of("jdbc:postgresql://kumo:" + SECRET + "17@127.0.0.1:1", SECRET + "17", 2));
    }

    @ParameterizedTest
    @MethodSource("credentialForms")
    void noOutputShowsTheSecret(String location, String secret, int exitCode) {
        // a refused location is refused before any command runs: one command shows it; a location that is
        // parsed but cannot be reached goes through the store's error paths: several commands, with --debug
        List<List<String>> commands = exitCode == 2 ? List.of(List.of("--debug", "service", "list"))
                : List.of(List.of("service", "list"), List.of("--debug", "audit", "verify"),
                        List.of("--debug", "store", "backup", dir.resolve("backup.db").toString()));
        for (List<String> command : commands) {
            List<String> viaOption = new ArrayList<>(command);
            viaOption.add("--store");
            viaOption.add(location);
            Output option = run(Map.of(), viaOption);
            Output environment = run(Map.of("KUMO_STORE", location), command);

            for (Output output : List.of(option, environment)) {
                assertThat(output.code()).as(output.toString()).isEqualTo(exitCode);
                assertThat(output.everything()).as(output.toString()).doesNotContain(secret);
                if (exitCode == 5) {
                    assertThat(output.err()).as("the location is shown, without credentials: " + output)
                            .contains("127.0.0.1:1/kumo").doesNotContain("password=").doesNotContain("//kumo");
                }
            }
            assertThat(option.err()).as(option.toString()).contains(exitCode == 5 ? "127.0.0.1" : "--store");
            assertThat(environment.err()).as(environment.toString())
                    .contains(exitCode == 5 ? "127.0.0.1" : "KUMO_STORE");
        }
    }

    @Test
    void thePasswordFromTheEnvironmentIsNeverShownEither() {
        Map<String, String> env = Map.of("KUMO_STORE_USER", "kumo", "KUMO_STORE_PASSWORD", SECRET + "e");
        Output unreachable = run(env, List.of("--debug", "audit", "verify", "--store", UNREACHABLE));
        Output success = run(env, List.of("audit", "verify", "--store", dir.resolve("ok.db").toString()));

        assertThat(unreachable.code()).as(unreachable.toString()).isEqualTo(5);
        assertThat(unreachable.everything()).as(unreachable.toString()).doesNotContain(SECRET + "e");
        assertThat(success.code()).as(success.toString()).isZero();
        assertThat(success.out()).as("the success line names the store").contains(dir.resolve("ok.db").toString());
        assertThat(success.everything()).doesNotContain(SECRET + "e");
    }

    @Test
    void aSqliteFailureAndSuccessShowThePathAndNothingElse() {
        Path missing = dir.resolve("no-such-folder").resolve("kumo.db");
        Output failure = run(Map.of(), List.of("--debug", "service", "list", "--store", missing.toString()));
        Path store = dir.resolve("shown.db");
        Output success = run(Map.of("KUMO_STORE", store.toString()), List.of("audit", "verify"));

        assertThat(failure.code()).as(failure.toString()).isEqualTo(5);
        assertThat(failure.err()).contains(missing.toString());
        assertThat(success.code()).as(success.toString()).isZero();
        assertThat(success.out()).contains(store.toString());
    }

    @Test
    void aQueryStringOnASqlitePathIsRefusedAndNothingIsOpened() throws Exception {
        Path foreign = dir.resolve("x.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("CREATE TABLE theirs (id INTEGER PRIMARY KEY)");
        }
        byte[] before = Files.readAllBytes(foreign);
        List<String> weakening = List.of(foreign + "?journal_mode=DELETE&synchronous=OFF",
                "jdbc:sqlite:" + foreign + "?journal_mode=WAL&foreign_keys=false", foreign + "?", "jdbc:sqlite:"
                        + dir.resolve("new.db") + "?synchronous=OFF", dir.resolve("new.db") + "?synchronous=OFF");

        for (String location : weakening) {
            Output option = run(Map.of(), List.of("service", "list", "--store", location));
            Output environment = run(Map.of("KUMO_STORE", location, "KUMO_LANG", "en"), List.of("audit", "verify"));

            assertThat(option.code()).as(option.toString()).isEqualTo(2);
            assertThat(option.err()).as(option.toString()).contains("--store").contains("?").contains("synchronous=FULL")
                    .doesNotContain("Exception");
            assertThat(environment.code()).as(environment.toString()).isEqualTo(2);
            assertThat(environment.err()).as(environment.toString()).contains("KUMO_STORE").contains("query string");
        }
        assertThat(Files.readAllBytes(foreign)).as("the foreign database is untouched").isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.db");
        }
    }

    // ---------------------------------------------------------------- running kumo

    /** What one run wrote: kumo's own streams, and what anything else wrote to the process's streams meanwhile. */
    private record Output(int code, String out, String err, String process) {

        String everything() {
            return out + err + process;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err + "--- process\n" + process;
        }
    }

    private Output run(Map<String, String> environment, List<String> args) {
        Map<String, String> env = new HashMap<>(environment);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        PrintStream captured = new PrintStream(process, true, StandardCharsets.UTF_8);
        int code;
        System.setOut(captured);
        System.setErr(captured);
        try {
            code = Main.run(args.toArray(String[]::new), env::get, "tester", new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                process.toString(StandardCharsets.UTF_8));
    }
}
