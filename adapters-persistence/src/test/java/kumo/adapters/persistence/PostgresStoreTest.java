package kumo.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kumo.application.records.StoreException.Reason;
import kumo.application.records.StoreException;
import kumo.application.records.port.out.Store;

/**
 * The store contract on a real PostgreSQL server: an embedded PostgreSQL 17 (zonky, binaries from Maven Central)
 * started once for the class, or the server of {@code KUMO_TEST_POSTGRES_URL} when set; a new schema per test.
 */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres postgres;
    private static String serverUrl;

    @BeforeAll
    static void startServer() throws Exception {
        String external = System.getenv("KUMO_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            serverUrl = external;
        } else {
            postgres = EmbeddedPostgres.builder().start();
            serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    String freshLocation() throws SQLException {
        String schema = "kumo_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = raw(serverUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    Connection raw(String location) throws SQLException {
        return new org.postgresql.Driver().connect(location, new Properties());
    }

    @Test
    void backupToAFileIsForSqliteOnlyAndPointsToPgDump() {
        StoreException e = catchThrowableOfType(StoreException.class, () -> store.backupTo(Path.of("target", "x.db")));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(e.text().ja()).contains("pg_dump");
        assertThat(e.text().en()).contains("pg_dump");
    }

    @Test
    void credentialsComeFromTheEnvironmentAndAreNotShown() throws Exception {
        if (postgres == null) {
            return; // an external server's credentials are in its URL
        }
        String withoutUser = location.replace("user=postgres&", "");
        try (Store viaDefaults = new JooqStoreOpener("postgres", "s3cret").open(withoutUser)) {
            assertThat(viaDefaults.isEmpty()).isTrue();
            assertThat(viaDefaults.location()).doesNotContain("s3cret");
        }
        Store withPassword = opener.open(location + "&password=s3cret");
        opened.add(withPassword);
        assertThat(withPassword.location()).doesNotContain("s3cret").doesNotContain("user=");
    }

    @Test
    void anUnreachableServerIsUnavailable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/kumo?user=kumo&password=secret&connectTimeout=2";
        StoreException e = catchThrowableOfType(StoreException.class, () -> opener.open(url));
        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.text().en()).contains("localhost:" + port).doesNotContain("secret");
        assertThat(e.getCause()).isInstanceOf(SQLException.class);
    }

    @Test
    void anotherApplicationsSchemaIsForeignAndUntouched() throws Exception {
        String foreign = freshLocation();
        try (Connection c = raw(foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        }
        StoreException e = catchThrowableOfType(StoreException.class, () -> opener.open(foreign));
        assertThat(e.reason()).isEqualTo(Reason.FOREIGN);
        try (Connection c = raw(foreign); Statement s = c.createStatement();
                var tables = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            tables.next();
            assertThat(tables.getInt(1)).as("no kumo table was added").isEqualTo(1);
        }
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        store.close();
        try (Connection c = raw(location); Statement s = c.createStatement()) {
            s.execute("UPDATE kumo_store SET schema_version = " + (Tables.SCHEMA_VERSION + 1));
        }
        StoreException e = catchThrowableOfType(StoreException.class, () -> opener.open(location));
        assertThat(e.reason()).isEqualTo(Reason.SCHEMA_TOO_NEW);
        assertThat(e.text().en()).contains("schema " + (Tables.SCHEMA_VERSION + 1));
    }
}
