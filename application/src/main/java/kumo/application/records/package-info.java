/**
 * The store of record: cloud services, systems, immutable assessments with the risk decisions and
 * consultations they recorded, and a hash-chained audit trail.
 *
 * <p>Incoming ports: {@link kumo.application.records.RecordsUseCase}. Outgoing port: {@link
 * kumo.application.records.Store} (one per opened database), reached through a {@link
 * kumo.application.records.StoreOpener}. The persistence adapter implements the outgoing ports; nothing in
 * this package knows SQL.
 *
 * <p>What the store keeps apart: a service or system row is mutable under optimistic locking (its {@code
 * version}); an assessment row never changes once written, and a re-assessment is a new row linked to the
 * previous one of the same system. Every change appends an {@link kumo.application.records.AuditEvent} in
 * the same transaction; events are never updated or deleted (not even when a system is deleted on request:
 * the event keeps only digests, never the deleted content).
 */
package kumo.application.records;
