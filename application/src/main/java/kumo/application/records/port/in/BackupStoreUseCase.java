package kumo.application.records.port.in;

import java.nio.file.Path;

/** Copies the store online to a new file (incoming port). */
public interface BackupStoreUseCase {

    /**
     * Copies the store to {@code target}, a new file, as an export is written ({@link
     * kumo.application.records.NewFiles}): never over an existing file, nothing left behind on failure.
     *
     * @throws kumo.application.records.StoreException NOT_EMPTY, INVALID, TARGET_FULL as for an export; UNSUPPORTED
     *                                                 for PostgreSQL
     */
    void backupTo(Path target);
}
