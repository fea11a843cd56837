package kumo.application.records.port.out;

import java.nio.file.Path;

/** Copies the store to a file (outgoing port). */
public interface BackupPort {

    /**
     * Copies the database, consistently and while others keep using it, into {@code file}: an empty file the caller
     * created for it (a temporary file beside the backup's name, see {@link kumo.application.records.NewFiles}).
     *
     * @throws kumo.application.records.StoreException NOT_EMPTY when {@code file} holds anything or is a link; FULL
     *                                                 when the disk is full; UNSUPPORTED for PostgreSQL (use {@code
     *                                                 pg_dump})
     */
    void backupTo(Path file);
}
