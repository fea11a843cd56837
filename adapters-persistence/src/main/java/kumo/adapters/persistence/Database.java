package kumo.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;


/**
 * Connections to one store and the transactions on them. A few idle connections are kept for reuse; a thread
 * that needs one while none is idle opens another (a connection is never shared between threads).
 *
 * <p>SQLite: every connection has {@code foreign_keys=ON}, {@code synchronous=FULL} and a busy timeout; the
 * connection stays in auto-commit mode and transactions are begun explicitly: {@code BEGIN IMMEDIATE} for writes
 * (the write lock is taken up front, so two writers never deadlock upgrading a read lock) and a deferred {@code
 * BEGIN} for reads (one consistent snapshot; WAL readers do not block the writer). PostgreSQL: writes in READ
 * COMMITTED, reads in a read-only REPEATABLE READ transaction.
 */
final class Database implements AutoCloseable {

    /** Opens a new connection. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(DSLContext dsl) throws SQLException;
    }

    private static final int IDLE = 8;
    private static final Settings SETTINGS = new Settings().withExecuteLogging(false).withRenderSchema(false);

    private final Engine engine;
    private final String location;
    private final Connector connector;
    private final boolean readOnly;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE);
    private volatile boolean closed;
    private volatile int maxPageCount;

    /**
     * @param readOnly whether the store cannot be written (a read-only file, folder or mount): every write
     *                 transaction is then refused before it starts, with a message that says so
     */
    Database(Engine engine, String location, Connector connector, boolean readOnly) {
        this.engine = engine;
        this.location = location;
        this.connector = connector;
        this.readOnly = readOnly;
    }

    Engine engine() {
        return engine;
    }

    String location() {
        return location;
    }

    /** Runs {@code work} in a write transaction: all of it is committed, or none of it. */
    <T> T write(Work<T> work) {
        if (readOnly) {
            throw StoreTexts.error(StoreException.Reason.UNAVAILABLE, "store.readOnly", location);
        }
        return transaction(work, true);
    }

    /** Runs {@code work} in a read transaction: one consistent snapshot. */
    <T> T read(Work<T> work) {
        return transaction(work, false);
    }

    /** Runs {@code work} on a connection in auto-commit mode, outside any transaction. */
    <T> T autoCommit(Work<T> work) {
        Connection c = acquire();
        boolean healthy = false;
        try {
            T result = work.run(dsl(c));
            healthy = true;
            return result;
        } catch (SQLException | RuntimeException e) {
            throw Failures.translate(e, engine, location);
        } finally {
            release(c, healthy);
        }
    }

    private <T> T transaction(Work<T> work, boolean write) {
        Connection c = acquire();
        boolean healthy = false;
        boolean begun = false;
        try {
            begin(c, write);
            begun = true;
            T result = work.run(dsl(c));
            commit(c);
            begun = false;
            healthy = true;
            return result;
        } catch (StoreException e) {
            // a refusal decided by the work itself (a conflict, not found): the connection is fine
            healthy = rollback(c, begun);
            begun = false;
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback(c, begun);
            begun = false;
            throw Failures.translate(e, engine, location);
        } finally {
            if (begun) {
                rollback(c, true);
            }
            release(c, healthy);
        }
    }

    private void begin(Connection c, boolean write) throws SQLException {
        if (engine == Engine.SQLITE) {
            exec(c, write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
        } else {
            c.setAutoCommit(false);
            c.setTransactionIsolation(write ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(!write);
        }
    }

    private void commit(Connection c) throws SQLException {
        if (engine == Engine.SQLITE) {
            exec(c, "COMMIT");
        } else {
            c.commit();
            resetPostgres(c);
        }
    }

    /** Rolls back; whether the connection can be used again. */
    private boolean rollback(Connection c, boolean begun) {
        if (!begun) {
            return true;
        }
        try {
            if (engine == Engine.SQLITE) {
                // SQLite may have rolled back already (after SQLITE_FULL, for one): then this fails and the
                // connection is simply not reused
                exec(c, "ROLLBACK");
            } else {
                c.rollback();
                resetPostgres(c);
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static void resetPostgres(Connection c) throws SQLException {
        c.setReadOnly(false);
        c.setAutoCommit(true);
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private DSLContext dsl(Connection c) {
        return DSL.using(c, engine.dialect(), SETTINGS);
    }

    private Connection acquire() {
        if (closed) {
            throw StoreTexts.error(StoreException.Reason.UNAVAILABLE, "store.closed", location);
        }
        Connection c = idle.poll();
        try {
            if (c == null) {
                c = connector.connect();
            }
            if (maxPageCount > 0) {
                exec(c, "PRAGMA max_page_count = " + maxPageCount);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw Failures.translate(e, engine, location);
        }
    }

    private void release(Connection c, boolean healthy) {
        if (!healthy || closed || !idle.offer(c)) {
            closeQuietly(c);
        } else if (closed && idle.remove(c)) {
            closeQuietly(c);
        }
    }

    /**
     * Test hook (SQLite): caps the database at {@code pages} pages on every connection from now on, so that a
     * test can fill the "disk" without filling the machine's.
     */
    void limitPages(int pages) {
        this.maxPageCount = pages;
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
    }

    boolean isClosed() {
        return closed;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the failure is what is reported
            }
        }
    }
}
