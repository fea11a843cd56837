package kumo.app.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The tamper suite on a real PostgreSQL server (embedded), a new database per store. */
@org.junit.jupiter.api.Tag("slow")
class PostgresTamperTest extends TamperSuite {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database + "?user=postgres";
    }

    @Override
    String freshStore(String name) throws SQLException {
        String database = "kumo_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"))) {
            execute(c, "CREATE DATABASE " + database);
        }
        return url(database);
    }

    /** A new database made from the fixture's as a template. */
    @Override
    String copy(String location, String name) throws SQLException {
        String database = "kumo_" + DATABASES.incrementAndGet();
        String template = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
        try (Connection c = DriverManager.getConnection(url("postgres"))) {
            execute(c, "CREATE DATABASE " + database + " TEMPLATE " + template);
        }
        return url(database);
    }

    @Override
    Connection raw(String location) throws SQLException {
        return DriverManager.getConnection(location);
    }
}
