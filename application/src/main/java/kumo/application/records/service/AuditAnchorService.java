package kumo.application.records.service;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditHead;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.AuditVerifier;
import kumo.application.records.audit.Checkpoint;
import kumo.application.records.audit.CheckpointVerification;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.audit.RecordedHead;
import kumo.application.records.port.in.CheckpointAuditUseCase;
import kumo.application.records.port.in.ShowAuditHeadUseCase;
import kumo.application.records.port.in.VerifyCheckpointsUseCase;
import kumo.application.records.port.out.AuditCheckpointPort;
import kumo.application.records.port.out.LoadAuditTrailPort;

/** The anchor of the audit chain: signed checkpoints of its head, and the head to record elsewhere. */
public final class AuditAnchorService implements CheckpointAuditUseCase, VerifyCheckpointsUseCase,
        ShowAuditHeadUseCase {

    private final LoadAuditTrailPort trail;
    private final AuditCheckpointPort checkpoints;
    private final Clock clock;

    public AuditAnchorService(LoadAuditTrailPort trail, AuditCheckpointPort checkpoints, Clock clock) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Signed checkpoint(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        AuditVerification chain = AuditVerifier.verify(trail);
        if (!chain.intact()) {
            return new Signed(null, chain);
        }
        // the head read after the whole chain verified; a writer may have appended since: its event is then
        // checked to be the head's, so only an event with the head's hash is ever signed
        AuditHead head = trail.auditHead()
                .orElseThrow(() -> StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.emptyChain"));
        if (!hashAt(head.seq()).map(head.hash()::equals).orElse(false)) {
            chain = AuditVerifier.verify(trail);
            if (!chain.intact()) {
                return new Signed(null, chain);
            }
            throw StoreTexts.error(StoreException.Reason.CONFLICT, "checkpoint.headMoved");
        }
        Checkpoint signed = Checkpoints.sign(head, clock.instant(), key);
        checkpoints.saveCheckpoint(signed);
        return new Signed(signed, chain);
    }

    @Override
    public CheckpointVerification verify(List<PublicKey> keys, List<Checkpoints.Located> extra,
            Optional<RecordedHead> recorded) {
        List<Checkpoints.Located> all = new ArrayList<>();
        checkpoints.checkpoints().forEach(c -> all.add(new Checkpoints.Located(c, null)));
        all.addAll(extra);
        Optional<AuditHead> head = trail.auditHead();
        CheckpointVerification v = Checkpoints.verify(all, keys, this::hashAt, head);
        if (recorded.isEmpty()) {
            return v;
        }
        List<AuditVerification.Problem> problems = new ArrayList<>(v.problems());
        problems.addAll(Checkpoints.checkRecorded(recorded.get(), this::hashAt, head));
        return new CheckpointVerification(v.keyGiven(), v.checked(), v.genuine(), v.anchoredAt(), problems);
    }

    @Override
    public Optional<AuditHead> head() {
        return trail.auditHead();
    }

    private Optional<String> hashAt(long seq) {
        List<AuditEvent> events = trail.auditEvents(seq, 1);
        return events.isEmpty() || events.get(0).seq() != seq ? Optional.empty() : Optional.of(events.get(0).hash());
    }
}
