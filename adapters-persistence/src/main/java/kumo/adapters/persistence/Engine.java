package kumo.adapters.persistence;

import java.util.Map;

import org.jooq.SQLDialect;

/** The two databases the store runs on, with what differs between them. */
enum Engine {

    /** One file; the embedded default. */
    SQLITE(SQLDialect.SQLITE, Map.of("binary", "BLOB", "key_collation", "")),

    /** A server shared by several kumo processes. */
    POSTGRES(SQLDialect.POSTGRES, Map.of("binary", "BYTEA", "key_collation", "COLLATE \"C\""));

    private final SQLDialect dialect;
    private final Map<String, String> placeholders;

    Engine(SQLDialect dialect, Map<String, String> placeholders) {
        this.dialect = dialect;
        this.placeholders = placeholders;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /** The Flyway placeholders of {@code db/migration}: the type and collation names that differ. */
    Map<String, String> placeholders() {
        return placeholders;
    }
}
