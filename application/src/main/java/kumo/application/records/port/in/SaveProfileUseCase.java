package kumo.application.records.port.in;

import kumo.application.records.Actor;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;



/** Saves a cloud service or a system (incoming port). */
public interface SaveProfileUseCase {

    /**
     * Checks the profile by the request format's rules, then creates or updates its row.
     *
     * @param id              its key; {@code null}: the profile's name (see {@link kumo.application.records.RecordIds})
     * @param expectedVersion {@code null} to create; else the version that was read and edited
     * @throws kumo.application.document.InvalidDocumentException for a profile that breaks a rule
     * @throws kumo.application.records.StoreException INVALID for an unusable key or version; CONFLICT
     */
    <P, R extends ProfileRecord<P>> R save(ProfileKind<P, R> kind, String id, P profile, Long expectedVersion,
            Actor actor);
}
