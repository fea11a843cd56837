package kumo.application.records.audit;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

import kumo.application.document.LocalizedText;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;

/**
 * Signing the chain's head and proving the chain against signed checkpoints: the one definition used by {@code audit
 * checkpoint}, {@code audit verify} and {@code store import}.
 *
 * <p>A checkpoint is genuine when its signature verifies with one of the given public keys. Each genuine one must
 * still find its event in the chain: an event at its seq with its hash. A re-hashed chain changes that hash
 * ({@value #CHECKPOINT_MISMATCH}); a cut tail, with the store's head moved back, leaves the checkpoint beyond the
 * head ({@value #CHECKPOINT_BEYOND_HEAD}). A checkpoint whose signature does not verify is {@value
 * #CHECKPOINT_FORGED} (made or edited without the key). With a key and events but no genuine checkpoint at all,
 * nothing is proven: {@value #CHECKPOINT_NONE}.
 */
public final class Checkpoints {

    /** The table a checkpoint problem is reported under. */
    public static final String CHECKPOINT_TABLE = "audit_checkpoint";

    /** A genuine checkpoint names a hash the event at its seq does not have (the chain was rewritten). */
    public static final String CHECKPOINT_MISMATCH = "CHECKPOINT_MISMATCH";
    /** A genuine checkpoint names a seq beyond the chain's head (its tail was cut). */
    public static final String CHECKPOINT_BEYOND_HEAD = "CHECKPOINT_BEYOND_HEAD";
    /** A checkpoint's signature does not verify with the given key(s). */
    public static final String CHECKPOINT_FORGED = "CHECKPOINT_FORGED";
    /** A key was given, the chain has events, and no genuine checkpoint was found. */
    public static final String CHECKPOINT_NONE = "CHECKPOINT_NONE";
    /** The recorded head ({@code --expect-head}) names a hash the event at its seq does not have. */
    public static final String RECORDED_HEAD_MISMATCH = "RECORDED_HEAD_MISMATCH";
    /** The recorded head names a seq beyond the chain's head. */
    public static final String RECORDED_HEAD_BEYOND_HEAD = "RECORDED_HEAD_BEYOND_HEAD";

    /** The most problems reported. */
    public static final int MAX_PROBLEMS = AuditVerifier.MAX_PROBLEMS;

    private Checkpoints() {
    }

    /** A checkpoint to check, and where it came from for messages: a file name, or {@code null} for the store. */
    public record Located(Checkpoint checkpoint, String origin) {

        public Located {
            Objects.requireNonNull(checkpoint, "checkpoint");
        }
    }

    /**
     * Signs {@code head} as of {@code at} (cut to the microsecond, as stored).
     *
     * @throws StoreException INVALID when the key cannot sign with Ed25519
     */
    public static Checkpoint sign(AuditHead head, Instant at, PrivateKey key) {
        Objects.requireNonNull(head, "head");
        Checkpoint unsigned = new Checkpoint(head.seq(), head.hash(), AuditChain.storable(at), null);
        try {
            Signature signer = Signature.getInstance(CheckpointKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.signedText());
            return new Checkpoint(head.seq(), head.hash(), unsigned.signedAt(),
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (InvalidKeyException e) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.key.cannotSign");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }

    /** Whether {@code checkpoint}'s signature verifies with one of {@code keys}; false for any damaged field. */
    public static boolean signedBy(Checkpoint checkpoint, List<PublicKey> keys) {
        if (checkpoint.signature() == null || checkpoint.headHash() == null || checkpoint.signedAt() == null) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (PublicKey key : keys) {
            try {
                Signature verifier = Signature.getInstance(CheckpointKeys.ALGORITHM);
                verifier.initVerify(key);
                verifier.update(checkpoint.signedText());
                if (verifier.verify(signature)) {
                    return true;
                }
            } catch (InvalidKeyException | java.security.SignatureException e) {
                // not this key, or not a signature at all
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java runtime has no Ed25519", e);
            }
        }
        return false;
    }

    /**
     * Checks checkpoints against a chain.
     *
     * @param checkpoints the stored ones and those handed in
     * @param keys        the public keys whose signatures count; empty: nothing is checked
     * @param hashAt      the hash of the event at a seq, empty when there is none
     * @param head        the chain's head as the store records it (or as an export implies it)
     */
    public static CheckpointVerification verify(List<Located> checkpoints, List<PublicKey> keys,
            LongFunction<Optional<String>> hashAt, Optional<AuditHead> head) {
        Objects.requireNonNull(head, "head");
        if (keys.isEmpty()) {
            return new CheckpointVerification(false, checkpoints.size(), 0, 0, List.of());
        }
        List<AuditVerification.Problem> problems = new ArrayList<>();
        int genuine = 0;
        long anchored = 0;
        long headSeq = head.map(AuditHead::seq).orElse(0L);
        for (Located located : checkpoints) {
            Checkpoint c = located.checkpoint();
            Object origin = origin(located);
            if (!signedBy(c, keys)) {
                add(problems, c.seq(), CHECKPOINT_FORGED, "checkpoint.forged", c.seq(), origin);
                continue;
            }
            genuine++;
            if (c.seq() > headSeq) {
                add(problems, c.seq(), CHECKPOINT_BEYOND_HEAD, "checkpoint.beyondHead", c.seq(), origin, headSeq);
            } else if (!hashAt.apply(c.seq()).map(c.headHash()::equals).orElse(false)) {
                add(problems, c.seq(), CHECKPOINT_MISMATCH, "checkpoint.mismatch", c.seq(), origin);
            } else {
                anchored = Math.max(anchored, c.seq());
            }
        }
        if (genuine == 0 && headSeq > 0) {
            add(problems, headSeq, CHECKPOINT_NONE, "checkpoint.none", checkpoints.size());
        }
        return new CheckpointVerification(true, checkpoints.size(), genuine, anchored, problems);
    }

    /** Checks a head recorded elsewhere ({@link RecordedHead}) against the chain; empty when it still holds. */
    public static List<AuditVerification.Problem> checkRecorded(RecordedHead recorded,
            LongFunction<Optional<String>> hashAt, Optional<AuditHead> head) {
        long headSeq = head.map(AuditHead::seq).orElse(0L);
        if (recorded.seq() > headSeq) {
            return List.of(problem(recorded.seq(), RECORDED_HEAD_BEYOND_HEAD, "checkpoint.recorded.beyondHead",
                    recorded.toString(), headSeq));
        }
        if (!hashAt.apply(recorded.seq()).map(recorded::matches).orElse(false)) {
            return List.of(problem(recorded.seq(), RECORDED_HEAD_MISMATCH, "checkpoint.recorded.mismatch",
                    recorded.toString()));
        }
        return List.of();
    }

    private static Object origin(Located located) {
        return located.origin() == null ? "@checkpoint.origin.store" : located.origin();
    }

    private static void add(List<AuditVerification.Problem> problems, long seq, String kind, String key,
            Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem(seq, kind, key, args));
        }
    }

    private static AuditVerification.Problem problem(long seq, String kind, String key, Object... args) {
        LocalizedText text = StoreTexts.of(key, args);
        // a recorded head names an event of the chain; a checkpoint is a row of its own table
        String table = kind.startsWith("RECORDED_HEAD") ? AuditVerifier.EVENT_TABLE : CHECKPOINT_TABLE;
        return new AuditVerification.Problem(table, Long.toString(seq), kind, text);
    }
}
