package kumo.adapters.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of a test class: an embedded PostgreSQL 17 (zonky, binaries from Maven Central), or the
 * server of {@code KUMO_TEST_POSTGRES_URL} when set. Each {@link #freshLocation()} is a new, empty schema on it.
 */
final class TestPostgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String serverUrl;

    private TestPostgres(EmbeddedPostgres embedded, String serverUrl) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
    }

    static TestPostgres start() throws IOException {
        String external = System.getenv("KUMO_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            return new TestPostgres(null, external);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        return new TestPostgres(postgres, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres");
    }

    /** Whether the server was started here (its credentials are known: user {@code postgres}, no password). */
    boolean embedded() {
        return embedded != null;
    }

    /** The location of a new, empty schema on the server. */
    String freshLocation() throws SQLException {
        String schema = "kumo_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = connect(serverUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A plain JDBC connection, behind the store's back. */
    static Connection connect(String location) throws SQLException {
        return new org.postgresql.Driver().connect(location, new Properties());
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
