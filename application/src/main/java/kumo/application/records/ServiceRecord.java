package kumo.application.records;

import java.time.Instant;

import kumo.application.document.request.CloudServiceProfileDto;

/**
 * A stored cloud service: its profile with the evidence it names, under optimistic locking.
 *
 * @param id        the service's key (see {@link RecordIds})
 * @param version   1 when created, +1 on every save; a save must name the version it edited
 * @param profile   the profile as the request format writes it
 * @param updatedAt when the row was last written
 * @param updatedBy who wrote it
 */
public record ServiceRecord(String id, long version, CloudServiceProfileDto profile, Instant updatedAt,
        String updatedBy) implements ProfileRecord<CloudServiceProfileDto> {
}
