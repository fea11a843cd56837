package kumo.application.records;

import java.time.Instant;
import java.util.Optional;
import kumo.application.document.request.CloudServiceProfileDto;

/** Services (part of {@link Store}). */
public interface ServiceStore {

    Optional<ServiceRecord> findService(String id);

    /**
     * Creates or updates a service, with a SERVICE_CREATED / SERVICE_UPDATED audit event.
     *
     * @param expectedVersion {@code null} to create (conflict if it exists), else the version edited
     *                        (conflict if the stored one differs or the row is gone)
     * @return the row as stored, {@code version} = {@code expectedVersion + 1} (or 1)
     * @throws VersionConflictException when another writer got there first
     */
    ServiceRecord saveService(String id, CloudServiceProfileDto profile,
            Long expectedVersion, Actor actor, Instant at);

    /** Services by id. */
    Page<ServiceRecord> listServices(PageRequest page);
}
