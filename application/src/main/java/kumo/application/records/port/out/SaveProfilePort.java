package kumo.application.records.port.out;

import java.time.Instant;

import kumo.application.records.Actor;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;


/** Writes a service or a system (outgoing port). */
public interface SaveProfilePort {

    /**
     * Creates or updates a row, with its kind's created / updated audit event.
     *
     * @param expectedVersion {@code null} to create (conflict if it exists), else the version edited
     *                        (conflict if the stored one differs or the row is gone)
     * @return the row as stored, {@code version} = {@code expectedVersion + 1} (or 1)
     * @throws kumo.application.records.VersionConflictException when another writer got there first
     */
    <P, R extends ProfileRecord<P>> R saveProfile(ProfileKind<P, R> kind, String id, P profile,
            Long expectedVersion, Actor actor, Instant at);
}
