package kumo.application.records;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An opened store (outgoing port): one SQLite file or one PostgreSQL database. Implemented by the persistence
 * adapter; safe for use by several threads, and by several processes on the same database.
 *
 * <p>Every method that changes something runs in one transaction together with its audit event(s): either all
 * of it is stored, or nothing. Failures are {@link StoreException}s with a bilingual explanation; nothing is
 * half-written when one is thrown.
 */
public interface Store extends ServiceStore, SystemStore, AssessmentStore, AuditTrail, AutoCloseable {

    /** Where the store is, for messages: the file path, or the JDBC URL without credentials. */
    String location();

    /** Whether it holds no service, system, assessment or audit event (an import needs an empty store). */
    boolean isEmpty();

    /**
     * Everything stored, in a stable order: services and systems by id, assessments by recorded time then
     * id, audit events by seq. Read in one consistent snapshot.
     */
    StoreContents contents();

    /**
     * Writes {@code contents} into this empty store as they are (versions, times, ids and audit events
     * kept verbatim, no new audit event), in one transaction.
     *
     * @param indexes the derived rows of each assessment, by assessment id
     * @throws StoreException NOT_EMPTY when the store holds anything
     */
    void restore(StoreContents contents, Map<String, AssessmentIndex> indexes);

    /**
     * Copies the database, consistently and while others keep using it, to a new file.
     *
     * @throws StoreException NOT_EMPTY when {@code target} exists; UNSUPPORTED for PostgreSQL (use {@code pg_dump})
     */
    void backupTo(Path target);

    /** Releases connections; a closed store refuses further calls. */
    @Override
    void close();

    /** Everything stored, for export. */
    record StoreContents(List<ServiceRecord> services, List<SystemRecord> systems,
            List<AssessmentRecord> assessments, List<AuditEvent> auditEvents) {

        public StoreContents {
            services = List.copyOf(services);
            systems = List.copyOf(systems);
            assessments = List.copyOf(assessments);
            auditEvents = List.copyOf(auditEvents);
        }
    }

    /** What a deletion removed, for the caller's confirmation. */
    record DeletedSystem(String systemId, long version, int assessments, AuditEvent event) {
    }
}
