package kumo.application.records.audit;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;

/**
 * The chain's head written short enough to copy by hand into a register kept elsewhere (paper, another system):
 * {@code SEQ:HEX}, the head's sequence number and the first {@value #SHORT} hex digits of its hash (up to all 64
 * when read back). Later, {@code kumo audit verify --expect-head SEQ:HEX} checks that event {@code SEQ} still has a
 * hash starting so ({@link Checkpoints#checkRecorded}). Unsigned: it proves only what the register it was written
 * into proves.
 *
 * @param seq        the head's sequence number, 1 or more
 * @param hashPrefix 16–64 lower-case hex digits the head's hash starts with
 */
public record RecordedHead(long seq, String hashPrefix) {

    /** How many hex digits of the hash the short form shows: 64 bits, enough against a made-up chain. */
    public static final int SHORT = 16;

    private static final Pattern FORM = Pattern.compile("([0-9]{1,18}):([0-9a-fA-F]{" + SHORT + ",64})");

    public RecordedHead {
        Objects.requireNonNull(hashPrefix, "hashPrefix");
    }

    /** The short form of a head. */
    public static RecordedHead of(AuditHead head) {
        return new RecordedHead(head.seq(), head.hash().substring(0, Math.min(SHORT, head.hash().length())));
    }

    /**
     * Reads {@code SEQ:HEX} as {@link #toString()} writes it (upper-case hex and more digits accepted).
     *
     * @param source what to name in an error (the option)
     * @throws StoreException INVALID, naming {@code source} and the expected form
     */
    public static RecordedHead parse(String text, String source) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "checkpoint.recorded.form", source,
                    text == null ? "" : text, SHORT);
        }
        return new RecordedHead(Long.parseLong(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
    }

    /** Whether an event's hash is the one recorded. */
    public boolean matches(String hash) {
        return hash != null && hash.startsWith(hashPrefix);
    }

    @Override
    public String toString() {
        return seq + ":" + hashPrefix;
    }
}
