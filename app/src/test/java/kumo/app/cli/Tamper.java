package kumo.app.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Changes SQLite files behind kumo's back, with plain JDBC: what a careless admin or an attacker could do. */
final class Tamper {

    /** The persistence adapter's audit table and its columns (see its Flyway migrations). */
    static final String AUDIT_TABLE = "audit_event";

    private Tamper() {
    }

    /** Rewrites the actor of one stored audit event, leaving its hash as it was. */
    static void auditActor(Path database, long seq, String actor) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
                PreparedStatement update = c.prepareStatement("UPDATE " + AUDIT_TABLE + " SET actor = ? WHERE seq = ?")) {
            update.setString(1, actor);
            update.setLong(2, seq);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no audit event #" + seq + " in " + database);
            }
        }
    }

    /** A SQLite database of another application: one table of customers with a row. */
    static Path foreignDatabase(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            s.execute("INSERT INTO customers (name) VALUES ('Kobe Trading')");
        }
        return file;
    }

    /** The names of the tables in a SQLite file. */
    static List<String> tables(Path file) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
