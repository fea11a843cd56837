package kumo.application.records;

import java.time.Instant;

/**
 * A stored profile under a key and a version: a {@link ServiceRecord} or a {@link SystemRecord}. Both are
 * stored, listed and shown alike, through one {@link ProfileKind}.
 *
 * @param <P> the profile as the request format writes it
 */
public sealed interface ProfileRecord<P> permits ServiceRecord, SystemRecord {

    /** The key (see {@link RecordIds}). */
    String id();

    /** 1 when created, +1 on every save; a save must name the version it edited. */
    long version();

    P profile();

    /** When the row was last written. */
    Instant updatedAt();

    /** Who wrote it. */
    String updatedBy();
}
