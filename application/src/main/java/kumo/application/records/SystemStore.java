package kumo.application.records;

import java.time.Instant;
import java.util.Optional;
import kumo.application.document.request.SystemProfileDto;

/** Systems (part of {@link Store}). */
public interface SystemStore {

    Optional<SystemRecord> findSystem(String id);

    /** As {@link ServiceStore#saveService}, for systems (SYSTEM_CREATED / SYSTEM_UPDATED). */
    SystemRecord saveSystem(String id, SystemProfileDto profile,
            Long expectedVersion, Actor actor, Instant at);

    /** Systems by id. */
    Page<SystemRecord> listSystems(PageRequest page);

    /**
     * Deletes a system with its assessments and their derived rows, and appends SYSTEM_DELETED (reason in
     * {@code detail}, the deleted row's digest in {@code beforeRef}). Services are not touched.
     *
     * @param expectedVersion {@code null}: whatever version is stored; else conflict when it differs
     * @throws StoreException NOT_FOUND when no such system
     */
    Store.DeletedSystem deleteSystem(String id, Long expectedVersion, String reason, Actor actor, Instant at);
}
