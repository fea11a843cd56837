package kumo.application.records.port.out;

import java.nio.file.Path;

/** Copies the store to a file (outgoing port). */
public interface BackupPort {

    /**
     * Copies the database, consistently and while others keep using it, to a new file.
     *
     * @throws kumo.application.records.StoreException NOT_EMPTY when {@code target} exists; UNSUPPORTED for
     *                                                 PostgreSQL (use {@code pg_dump})
     */
    void backupTo(Path target);
}
