package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kumo.app.StartOnSignal;

/**
 * Two kumo processes (child JVMs, {@link StartOnSignal}) on one real PostgreSQL server save the same service at
 * the same version, released together: each warms up, then waits at a barrier (a local port) until the test
 * sends both the signal at once, so that the two saves really race. In every round exactly one succeeds, the
 * other exits 4 with the conflict message naming the version it read and the current one, and the stored
 * profile is the winner's — never a lost update.
 *
 * <p>How often the saves raced is measured and printed: the two commands' wall-clock spans overlapping, and
 * the server's own log of a transaction that waited for the other's lock ({@code log_lock_waits} with a 1 ms
 * {@code deadlock_timeout}). The test requires the spans to overlap in most rounds and a lock wait in at least
 * a third of them (without the barrier: one round in six), so that a barrier that stopped working fails it.
 * The warm-up is the same save at a version that is not stored: a conflict that writes nothing, after which
 * the real save has little left to load and the two reach the store close together.
 */
@org.junit.jupiter.api.Tag("slow")
class TwoProcessesOnePostgresTest {

    private static final int ROUNDS = 6;
    private static final String ID = "shared-service";

    private static EmbeddedPostgres postgres;
    private static Path serverLog;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws IOException {
        serverLog = Files.createTempFile("postgres-race", ".log");
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("log_lock_waits", "on")
                .setServerConfig("deadlock_timeout", "1ms")
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                .start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
    }

    /** A child JVM running {@code kumo service save FILE} on the shared store once released. */
    private record Writer(String name, Path file, Process process, Path out, Path err, Path timing) {

        /** The wall-clock span of the save command: start and end, microseconds since the epoch. */
        long[] span() throws IOException {
            String[] parts = Files.readString(timing, StandardCharsets.UTF_8).trim().split(" ");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }
    }

    private Writer start(String name, Path file, long expectedVersion, int barrierPort) throws IOException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Path timing = dir.resolve(name + ".timing");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"),
                StartOnSignal.class.getName(), Integer.toString(barrierPort), timing.toString(),
                // the warm-up: the same save at a version that is not stored, a conflict that writes nothing
                "service", "save", file.toString(), "--id", ID, "--store", url(),
                "--expect-version", Long.toString(expectedVersion + 1000), "--actor", name, "--lang", "ja",
                "--",
                "service", "save", file.toString(), "--id", ID, "--store", url(),
                "--expect-version", Long.toString(expectedVersion), "--actor", name, "--lang", "ja")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("KUMO_STORE");
        builder.environment().remove("KUMO_ACTOR");
        return new Writer(name, file, builder.start(), out, err, timing);
    }

    /** Waits until every writer is at the barrier, then releases them all at once. */
    private static void release(ServerSocket barrier, int writers) throws IOException {
        barrier.setSoTimeout(120_000);
        List<Socket> waiting = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Socket s = barrier.accept();
                s.setTcpNoDelay(true);
                waiting.add(s);
            }
            for (Socket s : waiting) {
                s.getOutputStream().write(1);
            }
        } finally {
            for (Socket s : waiting) {
                s.close();
            }
        }
    }

    /** How many lock waits the server has logged so far. */
    private static int lockWaits() throws IOException {
        return Files.readString(serverLog, StandardCharsets.UTF_8).split("still waiting for", -1).length - 1;
    }

    @Test
    void twoProcessesSavingTheSameVersionNeverLoseAnUpdate() throws Exception {
        ObjectNode profile = (ObjectNode) Kumo.read(Kumo.example("eligible-ismap-iaas.json")).get("service");
        Path initial = Kumo.write(dir.resolve("initial.json"), profile);
        Kumo.Run created = Kumo.run("service", "save", initial.toString(), "--id", ID, "--store", url());
        assertThat(created.exitCode()).as("%s", created).isZero();
        assertThat(created.out()).contains("（版 1）");

        int overlapped = 0;
        int waitedForLock = 0;
        StringBuilder measured = new StringBuilder();
        for (int round = 1; round <= ROUNDS; round++) {
            long version = round;
            List<Writer> writers = new ArrayList<>();
            int lockWaitsBefore = lockWaits();
            try (ServerSocket barrier = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
                for (String name : List.of("writer-a", "writer-b")) {
                    ObjectNode edited = profile.deepCopy();
                    edited.put("provider", "Provider of " + name + " in round " + round);
                    ((ObjectNode) edited.get("security")).put("logRetentionDays", 400 + round * 10 + (name.endsWith("a") ? 1 : 2));
                    Path file = Kumo.write(dir.resolve(name + "-" + round + ".json"), edited);
                    writers.add(start(name + "-" + round, file, version, barrier.getLocalPort()));
                }
                release(barrier, writers.size());
            } finally {
                for (Writer w : writers) {
                    if (!w.process().waitFor(120, TimeUnit.SECONDS)) {
                        w.process().destroyForcibly();
                    }
                }
            }
            for (Writer w : writers) {
                assertThat(w.process().isAlive()).as(w.name() + " finished").isFalse();
            }

            List<Writer> won = writers.stream().filter(w -> w.process().exitValue() == 0).toList();
            List<Writer> lost = writers.stream().filter(w -> w.process().exitValue() == 4).toList();
            String report = describe(writers);
            assertThat(won).as("round %d: exactly one writer succeeds%n%s", round, report).hasSize(1);
            assertThat(lost).as("round %d: the other gets the conflict%n%s", round, report).hasSize(1);
            assertThat(won.get(0).stdout()).contains("クラウドサービス「" + ID + "」を更新しました（版 " + (version + 1) + "）。");
            assertThat(lost.get(0).stdout()).isEmpty();
            assertThat(lost.get(0).stderr()).startsWith("kumo: エラー: クラウドサービス「" + ID + "」は版 " + version
                    + " を読んだ後に他の人が更新し、現在は版 " + (version + 1) + " です。何も書き込んでいません。")
                    .doesNotContain("Exception", "PSQL", "ERROR:");

            Kumo.Run shown = Kumo.run("service", "show", ID, "--store", url(), "--format", "json");
            JsonNode stored = Kumo.JSON.readTree(shown.out());
            assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
            assertThat(stored.get("updatedBy").asText()).isEqualTo(won.get(0).name());
            assertThat(Kumo.service(stored.get("profile"))).as("the stored profile is the winner's")
                    .isEqualTo(Kumo.service(Kumo.read(won.get(0).file())));

            long[] a = writers.get(0).span();
            long[] b = writers.get(1).span();
            long shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
            int waits = lockWaits() - lockWaitsBefore;
            overlapped += shared > 0 ? 1 : 0;
            waitedForLock += waits > 0 ? 1 : 0;
            measured.append(String.format("round %d: started %.1f ms apart, saves %.1f and %.1f ms, overlapping %.1f ms,"
                    + " lock waits logged by the server: %d%n", round, Math.abs(a[0] - b[0]) / 1000.0,
                    (a[1] - a[0]) / 1000.0, (b[1] - b[0]) / 1000.0, Math.max(shared, 0) / 1000.0, waits));
        }
        System.out.printf("TwoProcessesOnePostgresTest: the saves overlapped in %d of %d rounds; one waited for the"
                + " other's lock in %d of %d rounds%n%s", overlapped, ROUNDS, waitedForLock, ROUNDS, measured);
        assertThat(overlapped).as("rounds whose saves overlapped in time (the barrier works)%n%s", measured)
                .isGreaterThan(ROUNDS / 2);
        assertThat(waitedForLock).as("rounds in which one save waited for the other's lock%n%s", measured)
                .isGreaterThanOrEqualTo(ROUNDS / 3);

        Kumo.Run audit = Kumo.run("audit", "list", "--store", url());
        assertThat(audit.out().split("SERVICE_UPDATED", -1)).hasSize(ROUNDS + 1);
        assertThat(Kumo.run("audit", "verify", "--store", url()).exitCode()).isZero();
    }

    private static String describe(List<Writer> writers) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Writer w : writers) {
            s.append(w.name()).append(": exit ").append(w.process().exitValue()).append('\n')
                    .append(w.stdout()).append(w.stderr()).append('\n');
        }
        return s.toString();
    }
}
