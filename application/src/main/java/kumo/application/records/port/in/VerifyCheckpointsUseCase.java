package kumo.application.records.port.in;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

import kumo.application.records.audit.CheckpointVerification;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.audit.RecordedHead;

/**
 * Proves the audit chain against signed checkpoints (the stored ones and any kept elsewhere) and against a head
 * recorded elsewhere (incoming port). Complements {@link VerifyAuditTrailUseCase}, which checks the chain in
 * itself.
 */
public interface VerifyCheckpointsUseCase {

    /**
     * @param keys     the public keys whose signatures count; empty: no checkpoint is checked ({@link
     *                 CheckpointVerification#keyGiven()} false)
     * @param extra    checkpoints kept outside the store (files), checked as the stored ones
     * @param recorded a head recorded elsewhere ({@code --expect-head}), checked with or without a key
     */
    CheckpointVerification verify(List<PublicKey> keys, List<Checkpoints.Located> extra,
            Optional<RecordedHead> recorded);
}
