/**
 * The store of record: cloud services, systems, immutable assessments with the risk decisions and
 * consultations they recorded, and a hash-chained audit trail.
 *
 * <p>This package holds the values; {@code .port.in} the use cases, one per action (a front door gets them
 * as a {@link kumo.application.records.port.in.StoreSession}); {@code .port.out} the outgoing ports, one per
 * need, which {@link kumo.application.records.port.out.Store} (one per opened database, reached through a
 * {@link kumo.application.records.port.out.StoreOpener}) implements; {@code .service} the implementations;
 * {@code .audit} the hash chain; {@code .exchange} the export document. The persistence adapter implements
 * the outgoing ports; nothing here knows SQL. Services and systems are handled alike through {@link
 * kumo.application.records.ProfileKind}.
 *
 * <p>What the store keeps apart: a service or system row is mutable under optimistic locking (its {@code
 * version}); an assessment row never changes once written, and a re-assessment is a new row linked to the
 * previous one of the same system. Every change appends an {@link kumo.application.records.audit.AuditEvent} in
 * the same transaction; events are never updated or deleted (not even when a system is deleted on request:
 * the event keeps only digests, never the deleted content).
 */
package kumo.application.records;
