/**
 * Persistence adapter: jOOQ + Flyway over SQLite (default, one file, WAL) or PostgreSQL.
 * Implements the application's outgoing ports; depends on {@code kumo.application} only,
 * never on another adapter. Placeholder until the first port implementation lands.
 */
package kumo.adapters.persistence;
