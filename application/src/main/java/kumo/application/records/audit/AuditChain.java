package kumo.application.records.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import kumo.application.document.Digests;

/**
 * The hash chain over audit events: one definition used by the store when it appends and by {@link
 * kumo.application.records.port.in.VerifyAuditTrailUseCase#verify()} when it checks.
 *
 * <p>{@code hash = SHA-256(UTF-8 of previousHash "\n" seq "\n" at "\n" actor "\n" action "\n" entityType "\n"
 * entityId "\n" beforeRef "\n" afterRef "\n" detail)}, each text field written as its length, a colon and the
 * text ({@code -} for {@code null}), so no two different events can produce the same input. {@code at} is
 * written as ISO-8601 UTC with microseconds, the precision both SQLite and PostgreSQL keep.
 */
public final class AuditChain {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The hash of an event with these fields. */
    public static String hash(String previousHash, long seq, Instant at, String actor, AuditAction action,
            String entityType, String entityId, String beforeRef, String afterRef, String detail) {
        Objects.requireNonNull(previousHash, "previousHash");
        StringBuilder input = new StringBuilder(256)
                .append(previousHash).append('\n')
                .append(seq).append('\n')
                .append(timestamp(at)).append('\n');
        field(input, actor);
        field(input, action.name());
        field(input, entityType);
        field(input, entityId);
        field(input, beforeRef);
        field(input, afterRef);
        field(input, detail);
        return Digests.sha256(input.toString());
    }

    /** The hash {@code event} should carry, given its own fields and {@code previousHash}. */
    public static String expectedHash(AuditEvent event) {
        return hash(event.previousHash(), event.seq(), event.at(), event.actor(), event.action(), event.entityType(),
                event.entityId(), event.beforeRef(), event.afterRef(), event.detail());
    }

    /** An instant cut to the microsecond, as the store keeps it; use it for {@code at} before hashing. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The fixed-width text of an instant (sorts as it compares): how {@code at} is hashed and stored. */
    public static String timestamp(Instant at) {
        return INSTANT.format(at);
    }

    /** {@code sha256:} and the hex SHA-256 of a text's UTF-8: how before/after references are written. */
    public static String reference(String content) {
        return "sha256:" + Digests.sha256(content);
    }

    private static void field(StringBuilder input, String value) {
        if (value == null) {
            input.append('-');
        } else {
            input.append(value.length()).append(':').append(value);
        }
        input.append('\n');
    }

}
