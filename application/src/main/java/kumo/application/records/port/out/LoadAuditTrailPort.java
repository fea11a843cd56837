package kumo.application.records.port.out;

import java.util.List;
import java.util.Optional;

import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditHead;


/** Reads the audit trail (outgoing port). */
public interface LoadAuditTrailPort {

    /** Events with {@code seq >= fromSeq}, at most {@code limit}, by seq. */
    List<AuditEvent> auditEvents(long fromSeq, int limit);

    /** The seq and hash of the last event the store says it appended; empty when none. */
    Optional<AuditHead> auditHead();
}
