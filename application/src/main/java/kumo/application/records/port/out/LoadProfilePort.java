package kumo.application.records.port.out;

import java.util.Optional;

import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;


/** Reads stored services and systems (outgoing port). */
public interface LoadProfilePort {

    <P, R extends ProfileRecord<P>> Optional<R> findProfile(ProfileKind<P, R> kind, String id);

    /** Rows of one kind, by key. */
    <P, R extends ProfileRecord<P>> Page<R> listProfiles(ProfileKind<P, R> kind, PageRequest page);
}
