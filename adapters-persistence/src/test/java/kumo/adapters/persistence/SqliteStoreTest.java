package kumo.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import kumo.application.records.AssessmentQuery;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.StoreContents;
import kumo.application.records.StoreException.Reason;
import kumo.application.records.StoreException;

/** The store contract on a real SQLite file (a new one per test, under target/), and what only SQLite has. */
class SqliteStoreTest extends StoreContract {

    private static final AtomicInteger FILES = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    String freshLocation() {
        return dir.resolve("kumo-" + FILES.incrementAndGet() + ".db").toString();
    }

    @Override
    Connection raw(String location) throws SQLException {
        return new SQLiteConfig().createConnection("jdbc:sqlite:" + location);
    }

    @Test
    void connectionsUseWalForeignKeysFullSyncAndABusyTimeout() {
        store.saveProfile(ProfileKind.SERVICE, "svc", service(0), null, ALICE, T0);
        assertThat(store.pragma("journal_mode")).isEqualTo("wal");
        assertThat(store.pragma("foreign_keys")).isEqualTo("1");
        assertThat(store.pragma("synchronous")).as("FULL").isEqualTo("2");
        assertThat(store.pragma("busy_timeout")).isEqualTo(String.valueOf(JooqStoreOpener.BUSY_TIMEOUT_MILLIS));
        assertThat(Path.of(location)).exists();
        assertThat(store.location()).isEqualTo(Path.of(location).toAbsolutePath().normalize().toString());
    }

    @Test
    void aFullDiskRollsBackTheWholeChangeAndKeepsEverythingBefore() {
        store.recordAssessment(assessment("a0", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, T0);
        int pages = Integer.parseInt(store.pragma("page_count"));
        store.limitPages(pages + 1);
        StoreException full = null;
        for (int i = 1; i <= 20 && full == null; i++) {
            StoreContents before = store.contents();
            try {
                store.recordAssessment(assessment("a" + i, "sys" + i, "svc", "CONDITIONAL", LocalDate.of(2027, 1, 1)),
                        ALICE, at(i));
            } catch (StoreException e) {
                full = e;
                assertThat(store.contents()).as("nothing of the failed recording").isEqualTo(before);
                assertThat(store.findProfile(ProfileKind.SYSTEM, "sys" + i)).isEmpty();
            }
        }
        assertThat(full).as("the size limit was reached").isNotNull();
        assertThat(full.reason()).isEqualTo(Reason.FULL);
        assertThat(full.text().ja()).contains(store.location());
        assertThat(full.text().en()).contains("full").doesNotContainIgnoringCase("sqlite_");
        assertThat(full.getCause()).isNotNull();
        assertThat(Chain.problems(store)).isEmpty();
        assertThat(store.findAssessment("a0")).isPresent();

        store.limitPages(2_000_000_000);
        store.recordAssessment(assessment("later", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(99));
        assertThat(store.findAssessment("later").orElseThrow().summary().previousId()).isEqualTo("a0");
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void anOnlineBackupIsACompleteStoreOfItsOwn() throws Exception {
        store.recordAssessment(assessment("a0", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, T0);
        store.saveProfile(ProfileKind.SERVICE, "other", service(3), null, BOB, at(1));
        Path backup = dir.resolve("backup.db");
        store.backupTo(backup);

        JooqStore copy = open(backup.toString());
        assertThat(copy.contents()).isEqualTo(store.contents());
        assertThat(copy.auditHead()).isEqualTo(store.auditHead());
        assertThat(copy.listAssessments(AssessmentQuery.all(), PageRequest.first()).total()).isEqualTo(1);

        // the caller (NewFiles) gives an empty file; one with content is never written over
        byte[] kept = Files.readAllBytes(backup);
        StoreException exists = catchThrowableOfType(StoreException.class, () -> store.backupTo(backup));
        assertThat(exists).isNotNull();
        assertThat(Files.readAllBytes(backup)).isEqualTo(kept);
        Path empty = Files.createFile(dir.resolve("empty.db"));
        store.backupTo(empty);
        assertThat(open(empty.toString()).contents()).isEqualTo(store.contents());
    }

    @Test
    void twoStoresOnOneFileSeeEachOthersWritesAndConflicts() {
        JooqStore second = new JooqStoreOpener().openStore(location);
        opened.add(second);
        store.saveProfile(ProfileKind.SERVICE, "svc", service(0), null, ALICE, T0);
        assertThat(second.findProfile(ProfileKind.SERVICE, "svc")).isPresent();
        second.saveProfile(ProfileKind.SERVICE, "svc", service(1), 1L, BOB, at(1));
        assertThat(catchThrowableOfType(kumo.application.records.VersionConflictException.class,
                () -> store.saveProfile(ProfileKind.SERVICE, "svc", service(2), 1L, ALICE, at(2))).storedVersion()).isEqualTo(2L);
        assertThat(Chain.problems(store)).isEmpty();
    }
}
