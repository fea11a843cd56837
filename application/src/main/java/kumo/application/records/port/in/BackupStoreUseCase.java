package kumo.application.records.port.in;

import java.nio.file.Path;

/** Copies the store online to a new file (incoming port). */
public interface BackupStoreUseCase {

    /** Copies the store to {@code target}, which must not exist (SQLite only). */
    void backupTo(Path target);
}
