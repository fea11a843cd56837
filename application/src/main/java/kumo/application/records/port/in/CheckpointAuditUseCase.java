package kumo.application.records.port.in;

import java.security.PrivateKey;

import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.Checkpoint;

/** Signs the audit chain's head with a key kept outside the store, and stores the checkpoint (incoming port). */
public interface CheckpointAuditUseCase {

    /**
     * The chain is verified first; an intact chain's head is signed (now, by the store's clock) and the
     * checkpoint stored. A broken chain is not signed: anchoring it would vouch for the break.
     *
     * @throws kumo.application.records.StoreException INVALID when the chain has no event yet (nothing to sign)
     *                                                 or the key cannot sign
     */
    Signed checkpoint(PrivateKey key);

    /**
     * @param checkpoint the stored checkpoint; {@code null} when the chain did not verify
     * @param chain      the chain's verification, done before signing
     */
    record Signed(Checkpoint checkpoint, AuditVerification chain) {
    }
}
