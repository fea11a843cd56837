package kumo.application.records.exchange;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.Checkpoint;

/**
 * A checkpoint as a file of its own ({@value Checkpoint#FORMAT}), to keep outside the store: what {@code kumo audit
 * checkpoint --out} writes and {@code kumo audit verify --checkpoint} reads. UTF-8 JSON, two-space indent, a final
 * newline, properties in the order {@code kumo, seq, headHash, signedAt, signature}; {@code signedAt} as {@link
 * AuditChain#timestamp}. Nothing in it is secret: it holds a signature, not a key.
 */
public final class CheckpointFiles {

    /** The most bytes a checkpoint file may have (one is about 250). */
    public static final int MAX_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CheckpointFiles() {
    }

    /** The file's content. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"kumo", "seq", "headHash", "signedAt", "signature"})
    record CheckpointFile(String kumo, Long seq, String headHash, String signedAt, String signature) {
    }

    /** The file's text for a checkpoint. */
    public static String write(Checkpoint c) {
        try {
            return JSON.writeValueAsString(new CheckpointFile(Checkpoint.FORMAT, c.seq(), c.headHash(),
                    AuditChain.timestamp(c.signedAt()), c.signature())).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a checkpoint", e);
        }
    }

    /**
     * Reads a checkpoint file. Its signature is not checked here ({@link
     * kumo.application.records.audit.Checkpoints#verify} does, with a key).
     *
     * @param source the file's name, for an error
     * @throws StoreException INVALID naming {@code source} when it is not a complete {@value Checkpoint#FORMAT}
     */
    public static Checkpoint read(byte[] json, String source) {
        CheckpointFile f;
        try {
            f = json.length > MAX_BYTES ? null : JSON.readValue(json, CheckpointFile.class);
        } catch (IOException e) {
            f = null;
        }
        if (f == null || !Checkpoint.FORMAT.equals(f.kumo()) || f.seq() == null || f.seq() < 1
                || f.headHash() == null || f.signedAt() == null || f.signature() == null) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.file.invalid", source, Checkpoint.FORMAT);
        }
        try {
            return new Checkpoint(f.seq(), f.headHash(), Instant.parse(f.signedAt()), f.signature());
        } catch (DateTimeParseException e) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.file.invalid", source, Checkpoint.FORMAT);
        }
    }
}
