package kumo.application.records;

import java.util.List;
import java.util.Optional;

/** The audit trail (part of {@link Store}). */
public interface AuditTrail {

    /** Events with {@code seq >= fromSeq}, at most {@code limit}, by seq. */
    List<AuditEvent> auditEvents(long fromSeq, int limit);

    /** The seq and hash of the last event the store says it appended; empty when none. */
    Optional<AuditHead> auditHead();

    /** The chain's end as the store records it separately from the events (so a removed tail is noticed). */
    record AuditHead(long seq, String hash) {
    }
}
