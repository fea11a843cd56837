package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import kumo.app.Main;

/**
 * Two kumo processes ({@link Main} in child JVMs) on one real PostgreSQL server save the same service at the
 * same version: in every round exactly one succeeds, the other exits 4 with the conflict message, and the
 * stored profile is the winner's — never a lost update.
 */
class TwoProcessesOnePostgresTest {

    private static final int ROUNDS = 5;
    private static final String ID = "shared-service";

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

    private static String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
    }

    /** A child JVM running {@code kumo service save FILE} on the shared store. */
    private record Writer(String name, Path file, Process process, Path out, Path err) {

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }
    }

    private Writer start(String name, Path file, long expectedVersion) throws IOException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(),
                "service", "save", file.toString(), "--id", ID, "--store", url(),
                "--expect-version", Long.toString(expectedVersion), "--actor", name, "--lang", "ja")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("KUMO_STORE");
        builder.environment().remove("KUMO_ACTOR");
        return new Writer(name, file, builder.start(), out, err);
    }

    @Test
    void twoProcessesSavingTheSameVersionNeverLoseAnUpdate() throws Exception {
        ObjectNode profile = (ObjectNode) Kumo.read(Kumo.example("eligible-ismap-iaas.json")).get("service");
        Path initial = Kumo.write(dir.resolve("initial.json"), profile);
        Kumo.Run created = Kumo.run("service", "save", initial.toString(), "--id", ID, "--store", url());
        assertThat(created.exitCode()).as("%s", created).isZero();
        assertThat(created.out()).contains("（版 1）");

        for (int round = 1; round <= ROUNDS; round++) {
            long version = round;
            List<Writer> writers = new ArrayList<>();
            for (String name : List.of("writer-a", "writer-b")) {
                ObjectNode edited = profile.deepCopy();
                edited.put("provider", "Provider of " + name + " in round " + round);
                ((ObjectNode) edited.get("security")).put("logRetentionDays", 400 + round * 10 + (name.endsWith("a") ? 1 : 2));
                Path file = Kumo.write(dir.resolve(name + "-" + round + ".json"), edited);
                writers.add(start(name + "-" + round, file, version));
            }
            for (Writer w : writers) {
                assertThat(w.process().waitFor(120, TimeUnit.SECONDS)).as(w.name() + " finished").isTrue();
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
        }

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
