/**
 * Persistence adapter: the store of record over jOOQ (DSL, no code generation) and one set of Flyway migrations,
 * on SQLite (default: one file, WAL, foreign keys on, synchronous FULL, write transactions {@code BEGIN
 * IMMEDIATE}) or PostgreSQL (several kumo processes sharing one database). The entry point is {@link
 * kumo.adapters.persistence.JooqStoreOpener}; it implements the application's outgoing ports ({@code
 * kumo.application.records.StoreOpener}, {@code Store}) and depends on {@code kumo.application} only, never on
 * another adapter.
 */
package kumo.adapters.persistence;
