package kumo.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import kumo.application.records.StoreException.Reason;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;

/**
 * Turns what JDBC, jOOQ and Flyway throw into {@link StoreException}s with a bilingual text that names the store
 * and never SQL; the original exception is kept as the cause.
 */
final class Failures {

    // SQLite primary result codes (https://sqlite.org/rescode.html)
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_TOOBIG = 18;
    private static final int SQLITE_NOTADB = 26;

    private Failures() {
    }

    /** The store exception {@code failure} means; a {@link StoreException} is returned as it is. */
    static StoreException translate(Throwable failure, Engine engine, String location) {
        if (failure instanceof StoreException e) {
            return e;
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null) {
            return engine == Engine.SQLITE ? sqlite(sql, failure, location) : postgres(sql, failure, location);
        }
        if (find(failure, IOException.class) != null || failure instanceof UncheckedIOException) {
            return StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.io", location);
        }
        return StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.failed", location);
    }

    /** The SQLite result code of {@code e} (its primary code, without the extended bits), or -1. */
    static int sqliteCode(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException s && s.getResultCode() != null) {
            return s.getResultCode().code & 0xff;
        }
        return e.getErrorCode() > 0 ? e.getErrorCode() & 0xff : -1;
    }

    /** Whether {@code failure} is a primary-key or unique violation (a row that exists already). */
    static boolean isUniqueViolation(Throwable failure, Engine engine) {
        SQLException sql = find(failure, SQLException.class);
        if (sql == null) {
            return false;
        }
        if (engine == Engine.POSTGRES) {
            return "23505".equals(sql.getSQLState());
        }
        if (sql instanceof org.sqlite.SQLiteException s && s.getResultCode() != null) {
            String name = s.getResultCode().name();
            return name.equals("SQLITE_CONSTRAINT_PRIMARYKEY") || name.equals("SQLITE_CONSTRAINT_UNIQUE");
        }
        return false;
    }

    private static StoreException sqlite(SQLException sql, Throwable failure, String location) {
        return switch (sqliteCode(sql)) {
            case SQLITE_FULL -> StoreTexts.error(Reason.FULL, failure, "store.full", location);
            case SQLITE_BUSY, SQLITE_LOCKED -> StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.busy", location);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> StoreTexts.error(Reason.CORRUPT, failure, "store.corrupt", location);
            case SQLITE_READONLY -> StoreTexts.error(Reason.UNAVAILABLE, failure, "store.readOnly", location);
            case SQLITE_PERM, SQLITE_IOERR, SQLITE_CANTOPEN ->
                    StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.io", location);
            case SQLITE_TOOBIG -> StoreTexts.error(Reason.INVALID, failure, "store.value.tooLong");
            default -> StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.failed", location);
        };
    }

    private static StoreException postgres(SQLException sql, Throwable failure, String location) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("53100")) {
            return StoreTexts.error(Reason.FULL, failure, "store.full", location);
        }
        if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000") || state.startsWith("57P")) {
            return StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.server", location);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.busy", location);
        }
        if (state.equals("22001")) {
            return StoreTexts.error(Reason.INVALID, failure, "store.value.tooLong");
        }
        if (state.startsWith("XX00")) {
            return StoreTexts.error(Reason.CORRUPT, failure, "store.corrupt", location);
        }
        return StoreTexts.error(Reason.UNAVAILABLE, failure, "store.unavailable.failed", location);
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
