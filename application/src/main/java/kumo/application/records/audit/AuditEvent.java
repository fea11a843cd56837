package kumo.application.records.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit trail. Entries form a hash chain: each {@code hash} covers every other
 * field and the previous entry's hash ({@link AuditChain}), so altering, removing or reordering a stored
 * entry breaks the chain from there on.
 *
 * @param seq          1, 2, 3… without gaps
 * @param at           when the change was committed
 * @param actor        who made it
 * @param action       what happened
 * @param entityType   SERVICE, SYSTEM or ASSESSMENT
 * @param entityId     the key of the row changed
 * @param beforeRef    {@code sha256:…} of the row's content before the change; {@code null} when created
 * @param afterRef     {@code sha256:…} of the content after; {@code null} when deleted
 * @param detail       free text (a deletion's reason, the version reached); may be {@code null}
 * @param previousHash the hash of entry {@code seq - 1}; {@link AuditChain#GENESIS} for the first
 * @param hash         this entry's hash, 64 lower-case hex digits
 */
public record AuditEvent(long seq, Instant at, String actor, AuditAction action, String entityType,
        String entityId, String beforeRef, String afterRef, String detail, String previousHash, String hash) {
}
