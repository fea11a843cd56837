package kumo.application.records.port.in;

import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;



/** Lists the stored services or systems (incoming port). */
public interface ListProfilesUseCase {

    /** One page of the rows of {@code kind}, by key. */
    <P, R extends ProfileRecord<P>> Page<R> list(ProfileKind<P, R> kind, PageRequest page);
}
