package kumo.application.records.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement "the audit chain's head was event {@code seq} with hash {@code headHash} at {@code signedAt}",
 * made with an Ed25519 key kept outside the store ({@link Checkpoints}). The store keeps checkpoints, but cannot
 * make one: whoever rewrites the chain without the private key cannot sign its new head, and every checkpoint
 * signed before still names the old one.
 *
 * <p>The signature covers {@link #signedText()}: the format name, {@code seq}, {@code headHash} and {@code signedAt}
 * ({@link AuditChain#timestamp}), one per line. Fields are kept as read (a stored or handed-in checkpoint may be
 * damaged); {@link Checkpoints#signedBy} says whether one is genuine.
 *
 * @param seq       the head's sequence number, 1 or more
 * @param headHash  the head event's hash, 64 lower-case hex digits
 * @param signedAt  when it was signed, to the microsecond
 * @param signature the Ed25519 signature of {@link #signedText()}, Base64 (standard alphabet, padded)
 */
public record Checkpoint(long seq, String headHash, Instant signedAt, String signature) {

    /** The format of the signed text and of a checkpoint file ({@code kumo audit checkpoint --out}). */
    public static final String FORMAT = "kumo-audit-checkpoint/1";

    /** The exact bytes the signature covers: UTF-8 of format, seq, head hash and time, each ending in a newline. */
    public byte[] signedText() {
        return (FORMAT + "\n" + seq + "\n" + headHash + "\n" + (signedAt == null ? "-" : AuditChain.timestamp(signedAt))
                + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
