package kumo.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kumo.application.records.StoreException;
import kumo.application.records.StoreLocation;
import kumo.application.records.port.out.Store;

/** The opener opens exactly the parsed file, and takes no settings from a location. */
class SqliteLocationTest {

    @TempDir
    Path dir;

    private final JooqStoreOpener opener = new JooqStoreOpener();

    @Test
    void aLocationWithSettingsIsRefusedBeforeAnyFileIsTouched() throws Exception {
        for (String location : new String[] {dir.resolve("x.db") + "?journal_mode=DELETE&synchronous=OFF",
                "jdbc:sqlite:" + dir.resolve("x.db") + "?foreign_keys=false"}) {
            StoreException e = catchThrowableOfType(StoreException.class, () -> opener.open(location));

            assertThat(e).as(location).isNotNull();
            assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theParsedFileIsTheOneOpened() {
        Path file = dir.resolve("exact.db");

        try (Store store = opener.open(StoreLocation.parse("jdbc:sqlite:" + file, "--store"))) {
            assertThat(store.location()).isEqualTo(file.toString());
        }
        assertThat(file).exists();
    }
}
