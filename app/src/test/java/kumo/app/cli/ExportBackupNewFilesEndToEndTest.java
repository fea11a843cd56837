package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kumo store export FILE} and {@code kumo store backup PATH} end to end on a real SQLite store: a target that
 * exists (a file, a dangling link) is refused with exit 2 and left as it was; a full disk — a real 1 MB tmpfs, which
 * the test mounts (it runs as root; without mount rights the test is skipped, saying so) — is exit 5 naming the
 * target's folder and disk, leaves nothing behind, and a retry after freeing space works.
 */
class ExportBackupNewFilesEndToEndTest {

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("kumo.db").toString();
    }

    @BeforeEach
    void aStoreWithSomething() {
        Kumo.Run recorded = Kumo.run("assess", Kumo.example("eligible-ismap-iaas.json").toString(), "--record",
                "--store", store());
        assertThat(recorded.exitCode()).as("%s", recorded).isZero();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExistingTargetOrADanglingLinkIsRefusedWithExit2AndLeftAsItWas() throws IOException {
        Path existing = Files.writeString(dir.resolve("existing.json"), "keep me");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.db"), dir.resolve("nowhere.db"));

        Kumo.Run export = Kumo.run("store", "export", existing.toString(), "--store", store());
        Kumo.Run exportLink = Kumo.run("store", "export", dangling.toString(), "--store", store(), "--lang", "en");
        Kumo.Run backup = Kumo.run("store", "backup", dangling.toString(), "--store", store());

        for (Kumo.Run run : List.of(export, exportLink, backup)) {
            assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).doesNotContain("Exception", "at kumo.");
        }
        assertThat(export.err()).contains("kumo: エラー: 「" + existing + "」は既に存在します");
        assertThat(exportLink.err()).contains("kumo: error: \"" + dangling + "\" exists already");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(dir.resolve("nowhere.db")).as("the link was not followed").doesNotExist();
        assertThat(names(dir)).as("no temporary file").containsExactly("dangling.db", "existing.json", "kumo.db");
    }

    @Test
    void aFullDiskIsExit5NamingTheTargetsDisk_leavesNothing_andARetryAfterFreeingSpaceWorks() throws Exception {
        Path small = Files.createDirectory(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString()) == 0,
                "mounting a 1 MB tmpfs needs root (CAP_SYS_ADMIN): the full disk is tested through NewFilesTest's seam only");
        try {
            long free = Files.getFileStore(small).getUsableSpace();
            Path filler = small.resolve("filler");
            Files.write(filler, new byte[(int) free - 4096]);
            Path backup = small.resolve("kumo-backup.db");
            Path export = small.resolve("all.json");

            Kumo.Run fullBackup = Kumo.run("store", "backup", backup.toString(), "--store", store());
            Kumo.Run fullExport = Kumo.run("store", "export", export.toString(), "--store", store(), "--lang", "en");

            for (Kumo.Run run : List.of(fullBackup, fullExport)) {
                assertThat(run.exitCode()).as("%s", run).isEqualTo(5);
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).doesNotContain("Exception", "SQLITE_", "at kumo.")
                        .as("the store's disk is not blamed").doesNotContain("保存先: ", "Store: ");
            }
            assertThat(fullBackup.err()).contains("kumo: エラー: 「" + backup + "」の書き込み先フォルダー " + small,
                    "tmpfs", "いっぱいです");
            assertThat(fullExport.err()).contains("kumo: error: The disk of the folder " + small, "tmpfs", "is full");
            assertThat(names(small)).as("no temporary file, no empty target").containsExactly("filler");

            Files.delete(filler);
            Kumo.Run backupAgain = Kumo.run("store", "backup", backup.toString(), "--store", store());
            Kumo.Run exportAgain = Kumo.run("store", "export", export.toString(), "--store", store());
            assertThat(backupAgain.exitCode()).as("%s", backupAgain).isZero();
            assertThat(exportAgain.exitCode()).as("%s", exportAgain).isZero();
            assertThat(names(small)).containsExactly("all.json", "kumo-backup.db");
            Kumo.Run fromBackup = Kumo.run("store", "export", "-", "--store", backup.toString());
            assertThat(fromBackup.outBytes()).isEqualTo(Files.readAllBytes(export));
        } finally {
            run("umount", small.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
