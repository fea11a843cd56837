package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-only stores and 0-byte files, end to end with the real CLI. Tests run as root, who ignores file permissions,
 * so a store is made read-only with {@code chattr +i} (immutable: not even root can write it) on the file, and on
 * its folder too; kumo sees that the file or folder cannot be written (access(2)) and opens it with the driver's
 * read-only flag (plus SQLite's {@code immutable} URI flag when not even the WAL's shared-memory file can be
 * created). Without {@code chattr} the tests are skipped, saying so.
 */
class ReadOnlyAndEmptyStoreEndToEndTest {

    private static final Pattern RECORDED = Pattern.compile("評価を記録しました: ID (\\S+)（");

    @TempDir
    Path dir;

    private final List<Path> immutable = new ArrayList<>();

    private static String recordedId(Kumo.Run run) {
        Matcher m = RECORDED.matcher(run.out());
        assertThat(m.find()).as("the recorded id in\n%s", run).isTrue();
        return m.group(1);
    }

    @Test
    void aReadOnlyStoreIsListedShownDiffedExportedBackedUpAndVerified_andEveryChangeIsExit5() throws Exception {
        for (boolean folderToo : new boolean[] {false, true}) {
            Path folder = Files.createDirectory(dir.resolve(folderToo ? "file-and-folder" : "file-only"));
            String store = folder.resolve("kumo.db").toString();
            Path request = Kumo.example("expired-certificate.json");
            String id1 = recordedId(Kumo.run("assess", request.toString(), "--record", "--store", store));
            String id2 = recordedId(Kumo.run("assess", request.toString(), "--record", "--store", store));
            Kumo.Run exportedBefore = Kumo.run("store", "export", "-", "--store", store);
            List<String> namesBefore = names(folder);
            String before = sha256(Path.of(store));

            makeImmutable(Path.of(store));
            if (folderToo) {
                makeImmutable(folder);
            }
            try {
                Path out = Files.createDirectory(dir.resolve("out-" + folderToo));
                List<Kumo.Run> reads = List.of(
                        Kumo.run("service", "list", "--store", store),
                        Kumo.run("system", "list", "--store", store),
                        Kumo.run("assessment", "list", "--store", store),
                        Kumo.run("assessment", "show", id1, "--store", store),
                        Kumo.run("assessment", "diff", id1, id2, "--store", store),
                        Kumo.run("system", "history", "健康診査 予約・結果管理", "--store", store),
                        Kumo.run("audit", "list", "--store", store),
                        Kumo.run("audit", "verify", "--store", store),
                        Kumo.run("store", "export", out.resolve("all.json").toString(), "--store", store),
                        Kumo.run("store", "backup", out.resolve("copy.db").toString(), "--store", store));
                for (Kumo.Run run : reads) {
                    assertThat(run.exitCode()).as("folder too: %s%n%s", folderToo, run).isZero();
                    assertThat(run.err()).isEmpty();
                }
                assertThat(Files.readAllBytes(out.resolve("all.json"))).isEqualTo(exportedBefore.outBytes());
                assertThat(Kumo.run("store", "export", "-", "--store", out.resolve("copy.db").toString()).outBytes())
                        .isEqualTo(exportedBefore.outBytes());

                Path service = Kumo.write(dir.resolve("service-" + folderToo + ".json"), Kumo.read(request).get("service"));
                List<Kumo.Run> writes = List.of(
                        Kumo.run("service", "save", service.toString(), "--id", "new-service", "--store", store),
                        Kumo.run("assess", request.toString(), "--record", "--store", store),
                        Kumo.run("system", "delete", "健康診査 予約・結果管理", "--reason", "test", "--store", store,
                                "--lang", "en"));
                for (Kumo.Run run : writes) {
                    assertThat(run.exitCode()).as("folder too: %s%n%s", folderToo, run).isEqualTo(5);
                    assertThat(run.err()).doesNotContain("Exception", "SQLITE_", "at kumo.");
                }
                assertThat(writes.get(0).err()).contains("kumo: エラー: 保存先 " + store + " は読み取り専用です",
                        "変更はできません", "保存先: " + store);
                assertThat(writes.get(2).err()).contains("kumo: error: The store " + store + " is read-only");
            } finally {
                releaseAll();
            }
            assertThat(sha256(Path.of(store))).as("the store file is byte for byte as it was").isEqualTo(before);
            // with a writable folder SQLite's reader may leave its WAL index files (-wal, -shm) beside the store
            assertThat(names(folder).stream().filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm")))
                    .as("nothing else is left in the folder").isEqualTo(namesBefore);
        }
    }

    @Test
    void aReadOnlyStoreThatNeedsAMigrationIsRefusedAndNotMigrated() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("old"));
        Path store = folder.resolve("kumo.db");
        assertThat(Kumo.run("assess", Kumo.example("eligible-ismap-iaas.json").toString(), "--record", "--store",
                store.toString()).exitCode()).isZero();
        // as if made by a kumo before the last migration: Flyway's record of it is gone
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            s.execute("DELETE FROM kumo_schema_history WHERE version IS NOT NULL");
        }
        String before = sha256(store);
        makeImmutable(store);
        makeImmutable(folder);
        Kumo.Run list;
        try {
            list = Kumo.run("service", "list", "--store", store.toString());
        } finally {
            releaseAll();
        }
        assertThat(list.exitCode()).as("%s", list).isEqualTo(5);
        assertThat(list.err()).contains("は読み取り専用ですが", "マイグレーション", "何も書き込んでいません")
                .doesNotContain("Exception");
        assertThat(sha256(store)).isEqualTo(before);
    }

    @Test
    void aNewStoreInAFolderThatCannotBeWrittenIsExit5AndNothingIsCreated() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path store = folder.resolve("kumo.db");
        makeImmutable(folder);
        Kumo.Run list;
        try {
            list = Kumo.run("service", "list", "--store", store.toString());
        } finally {
            releaseAll();
        }
        assertThat(list.exitCode()).as("%s", list).isEqualTo(5);
        assertThat(list.err()).startsWith("kumo: エラー: 保存先 " + store + " を読み書きできませんでした").doesNotContain("Exception");
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void aZeroByteFileIsRefusedWithExit5AndStaysZeroBytes() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));

        Kumo.Run list = Kumo.run("service", "list", "--store", empty.toString());
        Kumo.Run record = Kumo.run("assess", Kumo.example("eligible-ismap-iaas.json").toString(), "--record",
                "--store", empty.toString(), "--lang", "en");

        assertThat(list.exitCode()).as("%s", list).isEqualTo(5);
        assertThat(list.err()).startsWith("kumo: エラー: ファイル「" + empty + "」は空（0 バイト）で、kumo の保存先ではありません。");
        assertThat(record.exitCode()).as("%s", record).isEqualTo(5);
        assertThat(record.err()).contains("is empty (0 bytes)");
        assertThat(Files.size(empty)).isZero();
        assertThat(names(dir)).containsExactly("empty.db");
    }

    private void makeImmutable(Path path) throws Exception {
        int exit = run("chattr", "+i", path.toString());
        assumeTrue(exit == 0, "chattr +i is needed to make a file read-only for root; not available here");
        immutable.add(0, path);
    }

    private void releaseAll() throws Exception {
        for (Path path : immutable) {
            run("chattr", "-i", path.toString());
        }
        immutable.clear();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
