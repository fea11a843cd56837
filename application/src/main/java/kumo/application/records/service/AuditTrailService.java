package kumo.application.records.service;

import java.util.List;
import java.util.Objects;

import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.RecordVerifier;
import kumo.application.records.audit.Rederivation;
import kumo.application.records.port.in.ListAuditEventsUseCase;
import kumo.application.records.port.in.VerifyAuditTrailUseCase;
import kumo.application.records.port.out.LoadAuditTrailPort;
import kumo.application.records.port.out.LoadStoredRowsPort;


/** The audit trail: verifying it and the rows it covers, listing its events. */
public final class AuditTrailService implements VerifyAuditTrailUseCase, ListAuditEventsUseCase {

    private final LoadAuditTrailPort trail;
    private final LoadStoredRowsPort rows;
    private final Rederivation rederivation;

    /**
     * @param rows         the stored rows, checked against the chain
     * @param rederivation re-derives each assessment row from its documents
     */
    public AuditTrailService(LoadAuditTrailPort trail, LoadStoredRowsPort rows, Rederivation rederivation) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.rederivation = Objects.requireNonNull(rederivation, "rederivation");
    }

    /** The chain, then every row against it and against its documents ({@link RecordVerifier}). */
    @Override
    public AuditVerification verify() {
        return RecordVerifier.verify(trail, rows, rederivation);
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
