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

    /** Runs SQL statements on a SQLite file, each required to change at least one row. */
    static void sql(Path database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            for (String statement : statements) {
                if (s.executeUpdate(statement) < 1) {
                    throw new IllegalStateException("nothing changed by " + statement);
                }
            }
        }
    }

    /**
     * Changes the detail of event {@code seq} and re-hashes the whole chain after it, moving the head along: what an
     * attacker who knows the (public) hash rule can do. The chain then verifies in itself.
     */
    static void rehashFrom(Path database, long seq, String detail) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            c.setAutoCommit(false);
            String previous = kumo.application.records.audit.AuditChain.GENESIS;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT seq, at, actor, action,"
                    + " entity_type, entity_id, before_ref, after_ref, detail, hash FROM " + AUDIT_TABLE + " ORDER BY seq");
                    PreparedStatement update = c.prepareStatement("UPDATE " + AUDIT_TABLE
                            + " SET detail = ?, previous_hash = ?, hash = ? WHERE seq = ?")) {
                while (r.next()) {
                    long at = r.getLong(1);
                    if (at < seq) {
                        previous = r.getString(10);
                        continue;
                    }
                    String text = at == seq ? detail : r.getString(9);
                    String hash = kumo.application.records.audit.AuditChain.hash(previous, at,
                            java.time.Instant.parse(r.getString(2)), r.getString(3),
                            kumo.application.records.audit.AuditAction.valueOf(r.getString(4)), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), text);
                    update.setString(1, text);
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setLong(4, at);
                    update.executeUpdate();
                    previous = hash;
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
            c.commit();
        }
    }

    /** Deletes the events after {@code keep} and moves the head back to event {@code keep}. */
    static void cutTail(Path database, long keep) throws SQLException {
        sql(database, "DELETE FROM " + AUDIT_TABLE + " WHERE seq > " + keep,
                "UPDATE audit_head SET seq = " + keep + ", hash = (SELECT hash FROM " + AUDIT_TABLE + " WHERE seq = "
                        + keep + ") WHERE id = 1");
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
