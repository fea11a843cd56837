package kumo.application.records.port.out;

import kumo.application.records.StoreException;
import kumo.application.records.StoreLocation;

/**
 * Opens a store by location (outgoing port, implemented by the persistence adapter): a file path (SQLite,
 * created with its schema on first use) or a {@code jdbc:postgresql://…} URL (schema created on first use;
 * user and password from the URL or the environment), parsed into a {@link StoreLocation}.
 */
public interface StoreOpener {

    /**
     * Opens, migrating an older schema forward.
     *
     * @throws StoreException UNAVAILABLE, CORRUPT, FOREIGN or SCHEMA_TOO_NEW, with nothing written
     */
    Store open(StoreLocation location);

    /**
     * Parses {@code location} ({@link StoreLocation#parse}) and opens it.
     *
     * @throws StoreException INVALID for a location that cannot be parsed, else as {@link #open(StoreLocation)}
     */
    default Store open(String location) {
        return open(StoreLocation.parse(location, "location"));
    }
}
