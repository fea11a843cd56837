package kumo.application.records.service;

import java.util.List;
import java.util.Objects;

import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.AuditVerifier;
import kumo.application.records.port.in.ListAuditEventsUseCase;
import kumo.application.records.port.in.VerifyAuditTrailUseCase;
import kumo.application.records.port.out.LoadAuditTrailPort;


/** The audit trail: verifying its hash chain, listing its events. */
public final class AuditTrailService implements VerifyAuditTrailUseCase, ListAuditEventsUseCase {

    private final LoadAuditTrailPort trail;

    public AuditTrailService(LoadAuditTrailPort trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public AuditVerification verify() {
        return AuditVerifier.verify(trail);
    }

    @Override
    public List<AuditEvent> list(long fromSeq, int limit) {
        if (fromSeq < 1) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.audit.badFrom", fromSeq);
        }
        if (limit < 1 || limit > MAX_EVENTS) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.audit.badLimit", limit, MAX_EVENTS);
        }
        return trail.auditEvents(fromSeq, limit);
    }
}
