package kumo.application.records;

import kumo.application.document.LocalizedText;

/**
 * Something the store cannot do, explained for the person who asked: the message says what happened and
 * what to do, in both languages, and names no SQL. Nothing was written when one is thrown.
 */
public class StoreException extends RuntimeException {

    private final Reason reason;
    private final LocalizedText text;

    public StoreException(Reason reason, LocalizedText text, Throwable cause) {
        super(text.en(), cause);
        this.reason = reason;
        this.text = text;
    }

    public StoreException(Reason reason, LocalizedText text) {
        this(reason, text, null);
    }

    /** Why, as a code a program can act on. */
    public Reason reason() {
        return reason;
    }

    /** The explanation in both languages. */
    public LocalizedText text() {
        return text;
    }

    /** Why the store refused or failed. */
    public enum Reason {
        /** The row was saved by someone else since it was read ({@link VersionConflictException}). */
        CONFLICT,
        /** No row with that key. */
        NOT_FOUND,
        /** The request contradicts what is stored (a save without a version over an existing row, diffing two systems). */
        INVALID,
        /** The store location cannot be opened (no such directory, no server, wrong password). */
        UNAVAILABLE,
        /** The file is not a database, or is damaged. */
        CORRUPT,
        /** The database is someone else's: it has tables, but not kumo's. */
        FOREIGN,
        /** The database was migrated by a newer kumo than this one. */
        SCHEMA_TOO_NEW,
        /** The disk (or the database's size limit) is full. */
        FULL,
        /** The disk of a file being written outside the store (an export, a backup) is full; the store is fine. */
        TARGET_FULL,
        /** The target of an import is not empty, or a backup target exists. */
        NOT_EMPTY,
        /** The operation does not exist for this kind of store (online backup of PostgreSQL). */
        UNSUPPORTED
    }
}
