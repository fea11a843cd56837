package kumo.application.records;

import java.time.Instant;

import kumo.application.document.request.SystemProfileDto;

/**
 * A stored system: its profile and information classification, under optimistic locking.
 *
 * @param id        the system's key (see {@link RecordIds})
 * @param version   1 when created, +1 on every save; a save must name the version it edited
 * @param profile   the profile as the request format writes it
 * @param updatedAt when the row was last written
 * @param updatedBy who wrote it
 */
public record SystemRecord(String id, long version, SystemProfileDto profile, Instant updatedAt,
        String updatedBy) implements ProfileRecord<SystemProfileDto> {
}
