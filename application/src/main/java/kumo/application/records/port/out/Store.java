package kumo.application.records.port.out;

/**
 * An opened store: one SQLite file or one PostgreSQL database, implementing every outgoing port of the
 * records (each use case is given only the ports it needs). Implemented by the persistence adapter; safe for
 * use by several threads, and by several processes on the same database.
 *
 * <p>Every method that changes something runs in one transaction together with its audit event(s): either all
 * of it is stored, or nothing. Failures are {@link kumo.application.records.StoreException}s with a bilingual
 * explanation; nothing is half-written when one is thrown.
 */
public interface Store extends LoadProfilePort, SaveProfilePort, DeleteSystemPort, RecordAssessmentPort,
        LoadAssessmentPort, LoadExpiringEvidencePort, LoadSystemHistoryPort, LoadAuditTrailPort, LoadStoredRowsPort,
        AuditCheckpointPort, ExportContentsPort, RestoreContentsPort, BackupPort, AutoCloseable {

    /** Releases connections; a closed store refuses further calls. */
    @Override
    void close();
}
