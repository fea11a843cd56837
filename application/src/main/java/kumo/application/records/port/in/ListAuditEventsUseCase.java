package kumo.application.records.port.in;

import java.util.List;

import kumo.application.records.audit.AuditEvent;


/** Lists the audit trail (incoming port). */
public interface ListAuditEventsUseCase {

    /** The most audit events {@link #list} returns at once. */
    int MAX_EVENTS = 1000;

    /**
     * A page of the audit trail: the events numbered {@code fromSeq} and on, at most {@code limit}, by number.
     *
     * @param fromSeq the first event's number, 1 or more
     * @param limit   how many at most, 1–{@value #MAX_EVENTS}
     * @throws kumo.application.records.StoreException INVALID for a number or limit out of range
     */
    List<AuditEvent> list(long fromSeq, int limit);
}
