package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written as new files: never over an existing file or link, not even one created while the write runs,
 * nothing left behind when it fails, a full disk named as the target's. The file-system steps are the real ones,
 * wrapped where a test needs a full disk, a target appearing mid-way or a file system without hard links.
 */
class NewFilesTest {

    private static final byte[] CONTENT = "{\"kumo\": \"kumo-store-export/1\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** The real steps, each overridable. */
    private static class Wrapped implements NewFiles.Steps {
        final List<String> calls = new ArrayList<>();

        @Override
        public void createNew(Path file) throws IOException {
            calls.add("createNew");
            NewFiles.STANDARD.createNew(file);
        }

        @Override
        public void force(Path file) throws IOException {
            calls.add("force");
            NewFiles.STANDARD.force(file);
        }

        @Override
        public void link(Path target, Path existing) throws IOException {
            calls.add("link");
            NewFiles.STANDARD.link(target, existing);
        }

        @Override
        public void copyNew(Path source, Path target) throws IOException {
            calls.add("copyNew");
            NewFiles.STANDARD.copyNew(source, target);
        }

        @Override
        public void delete(Path file) throws IOException {
            calls.add("delete");
            NewFiles.STANDARD.delete(file);
        }

        @Override
        public void forceFolder(Path folder) {
            NewFiles.STANDARD.forceFolder(folder);
        }

        @Override
        public FileStore store(Path folder) throws IOException {
            return NewFiles.STANDARD.store(folder);
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path file) throws IOException {
        Files.write(file, CONTENT);
    }

    @Test
    void aNewFileIsWrittenWhole_andNoTemporaryFileIsLeft() throws IOException {
        Wrapped steps = new Wrapped();
        Path target = dir.resolve("export.json");

        new NewFiles(steps).write(target, NewFilesTest::write);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(names()).containsExactly("export.json");
        assertThat(steps.calls).containsSubsequence("createNew", "force", "link", "delete");
    }

    @Test
    void anExistingFileOrLinkIsRefusedAndLeftAsItWas() throws IOException {
        Path existing = Files.writeString(dir.resolve("existing.json"), "keep me");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
        Path toFile = Files.createSymbolicLink(dir.resolve("link.json"), existing);

        for (Path target : List.of(existing, dangling, toFile)) {
            StoreException e = catchThrowableOfType(StoreException.class,
                    () -> new NewFiles().write(target, NewFilesTest::write));
            assertThat(e).as("%s", target).isNotNull();
            assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_EMPTY);
            assertThat(e.text().ja()).contains(target.toString(), "既に存在します");
            assertThat(e.text().en()).contains(target.toString(), "exists already");
        }
        assertThat(Files.readString(existing)).isEqualTo("keep me");
        assertThat(dir.resolve("nowhere.json")).as("a dangling link is never followed").doesNotExist();
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(names()).containsExactly("dangling.json", "existing.json", "link.json");
    }

    @Test
    void aTargetCreatedWhileTheFileIsWrittenSurvivesUntouched() throws IOException {
        Path target = dir.resolve("export.json");
        Wrapped steps = new Wrapped() {
            @Override
            public void link(Path t, Path existing) throws IOException {
                // someone else creates the target between the write and the move into place
                Files.writeString(target, "someone else's");
                super.link(t, existing);
            }
        };

        StoreException e = catchThrowableOfType(StoreException.class,
                () -> new NewFiles(steps).write(target, NewFilesTest::write));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_EMPTY);
        assertThat(e.text().en()).contains("created by someone else while kumo was writing it");
        assertThat(Files.readString(target)).isEqualTo("someone else's");
        assertThat(names()).as("no temporary file left").containsExactly("export.json");
    }

    @Test
    void aDanglingLinkCreatedWhileTheFileIsWrittenIsNotFollowed() throws IOException {
        Path target = dir.resolve("export.json");
        Path elsewhere = dir.resolve("elsewhere.json");
        Wrapped steps = new Wrapped() {
            @Override
            public void link(Path t, Path existing) throws IOException {
                Files.createSymbolicLink(target, elsewhere);
                super.link(t, existing);
            }
        };

        StoreException e = catchThrowableOfType(StoreException.class,
                () -> new NewFiles(steps).write(target, NewFilesTest::write));

        assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_EMPTY);
        assertThat(elsewhere).doesNotExist();
        assertThat(Files.readSymbolicLink(target)).isEqualTo(elsewhere);
        assertThat(names()).containsExactly("export.json");
    }

    @Test
    void aFullDiskNamesTheTargetsFolderAndLeavesNothing_andARetryWorks() throws IOException {
        Path target = dir.resolve("backup.db");
        Wrapped full = new Wrapped() {
            @Override
            public void force(Path file) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        StoreException e = catchThrowableOfType(StoreException.class,
                () -> new NewFiles(full).write(target, NewFilesTest::write));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(StoreException.Reason.TARGET_FULL);
        assertThat(e.text().ja()).contains(dir.toString(), "いっぱいです", "何も残していません");
        assertThat(e.text().en()).contains("The disk of the folder " + dir, "is full", "Nothing was left behind");
        assertThat(names()).as("no temporary file and no empty target").isEmpty();

        new NewFiles().write(target, NewFilesTest::write);
        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
    }

    @Test
    void aFullDiskReportedByTheStoreWhileWritingTheTargetIsTheTargetsDisk() throws IOException {
        Path target = dir.resolve("backup.db");
        StoreException e = catchThrowableOfType(StoreException.class, () -> new NewFiles().write(target, file -> {
            throw new StoreException(StoreException.Reason.FULL, StoreTexts.of("store.full", "kumo.db"));
        }));

        assertThat(e.reason()).isEqualTo(StoreException.Reason.TARGET_FULL);
        assertThat(e.text().en()).contains(dir.toString()).doesNotContain("kumo.db");
        assertThat(names()).isEmpty();
    }

    @Test
    void aFailingContentLeavesNothing_andTheStoresOwnFailurePassesUnchanged() throws IOException {
        Path target = dir.resolve("export.json");
        StoreException corrupt = new StoreException(StoreException.Reason.CORRUPT, StoreTexts.of("store.corrupt", "x"));

        StoreException e = catchThrowableOfType(StoreException.class, () -> new NewFiles().write(target, file -> {
            Files.writeString(file, "half");
            throw corrupt;
        }));
        StoreException io = catchThrowableOfType(StoreException.class, () -> new NewFiles().write(target, file -> {
            throw new IOException("Input/output error");
        }));

        assertThat(e).isSameAs(corrupt);
        assertThat(io.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(io.text().en()).contains("cannot be written (Input/output error)");
        assertThat(names()).isEmpty();
    }

    @Test
    void withoutHardLinksTheContentIsCopiedIntoANewTarget_neverOverAnExistingOne() throws IOException {
        Path target = dir.resolve("export.json");
        Wrapped noLinks = new Wrapped() {
            @Override
            public void link(Path t, Path existing) {
                calls.add("link");
                throw new UnsupportedOperationException("no hard links here");
            }
        };

        new NewFiles(noLinks).write(target, NewFilesTest::write);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(noLinks.calls).containsSubsequence("link", "copyNew", "delete");
        assertThat(names()).containsExactly("export.json");

        Path raced = dir.resolve("raced.json");
        Wrapped noLinksRaced = new Wrapped() {
            @Override
            public void link(Path t, Path existing) throws IOException {
                Files.writeString(raced, "someone else's");
                throw new UnsupportedOperationException("no hard links here");
            }
        };
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> new NewFiles(noLinksRaced).write(raced, NewFilesTest::write));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_EMPTY);
        assertThat(Files.readString(raced)).isEqualTo("someone else's");
        assertThat(names()).containsExactly("export.json", "raced.json");
    }

    @Test
    void aMissingFolderIsRefusedAndNotCreated() {
        Path target = dir.resolve("missing").resolve("export.json");
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> new NewFiles().write(target, NewFilesTest::write));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(e.text().en()).contains("does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void theTemporaryNameIsBesideUnguessableAndShort() {
        String a = NewFiles.temporaryName("健康診査".repeat(30) + ".json");
        String b = NewFiles.temporaryName("健康診査".repeat(30) + ".json");
        assertThat(a).isNotEqualTo(b).startsWith(".健康診査").endsWith(".part").matches(".*\\.[0-9a-f]{32}\\.part");
        assertThat(a.getBytes(StandardCharsets.UTF_8).length).isLessThan(255);
        assertThat(Files.exists(Path.of(a), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
