package kumo.application.document.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What kumo's three OSCAL 1.2.1 documents share (docs/oscal.md): kumo's namespace for its own props and parts,
 * name-based (version 5) UUIDs under kumo's own namespace UUID, timestamps taken from the data, and small
 * builders that never leave an empty array behind.
 */
public final class Oscal {

    /** The OSCAL version the documents are written against. */
    public static final String OSCAL_VERSION = "1.2.1";

    /** kumo's namespace: the {@code ns} of every prop and of every part name that is kumo's own. */
    public static final String NS = "https://github.com/kumo-cloud/kumo/ns/oscal";

    /** RFC 4122's name space for URLs, over which kumo's own namespace UUID is derived from {@link #NS}. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /** kumo's namespace UUID: the version-5 UUID of {@link #NS} in the URL name space (fixed; see docs/oscal.md). */
    public static final UUID NAMESPACE = v5(URL_NAMESPACE, NS);

    /** Times in kumo's data are Japan's: a date stands for its midnight in Japan. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** OSCAL's StringDatatype: no leading or trailing white space, one line. */
    private static final Pattern STRING = Pattern.compile("^\\S(.*\\S)?$");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Oscal() {
    }

    /** The version-5 UUID of a stable name under kumo's namespace, e.g. {@code catalog/1}. */
    public static String uuid(String name) {
        return v5(NAMESPACE, name).toString();
    }

    /** RFC 4122 §4.3: SHA-1 over the namespace's 16 bytes and the name's UTF-8, version 5, variant 10xx. */
    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /** A date as an OSCAL timestamp: its midnight in Japan, {@code 2020-03-16T00:00:00+09:00}. */
    static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay(JAPAN).toOffsetDateTime());
    }

    /** An instant as an OSCAL timestamp in UTC, to the second: {@code 2026-12-01T03:04:05Z}. */
    static String timestamp(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC).withNano(0));
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Sets {@code name} to the array unless it is empty: OSCAL forbids empty arrays. */
    static void putArray(ObjectNode node, String name, ArrayNode items) {
        if (!items.isEmpty()) {
            node.set(name, items);
        }
    }

    /** A prop in kumo's namespace. */
    static ObjectNode prop(String name, String value) {
        ObjectNode p = object();
        p.put("name", name);
        p.put("ns", NS);
        p.put("value", value);
        return p;
    }

    /** A prop in kumo's namespace with a class (e.g. the language of a label). */
    static ObjectNode prop(String name, String cls, String value) {
        ObjectNode p = prop(name, value);
        p.put("class", cls);
        return p;
    }

    /** A link to something inside the document: {@code #} and its id or UUID. */
    static ObjectNode link(String target, String rel, String text) {
        ObjectNode l = object();
        l.put("href", "#" + target);
        l.put("rel", rel);
        if (text != null) {
            l.put("text", text);
        }
        return l;
    }

    /** A value as OSCAL's one-line StringDatatype allows it: white space runs as one space, trimmed. */
    static String line(String text) {
        String shown = text.strip().replaceAll("\\s+", " ");
        return shown.isEmpty() ? "-" : shown;
    }

    /** Whether the text is an OSCAL StringDatatype as it is (no change by {@link #line}). */
    static boolean isLine(String text) {
        return STRING.matcher(text).matches();
    }

    /** Japanese first, English second, on one line: {@code ja / en}. */
    static String both(String ja, String en) {
        return line(ja) + " / " + line(en);
    }

    /** The text of a child, or {@code null}. */
    static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || !v.isTextual() ? null : v.textValue();
    }

    /** Lower case with hyphens, as OSCAL tokens are usually written: {@code NOT_MET} → {@code not-met}. */
    static String token(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The items, or an empty list for none. */
    static List<JsonNode> items(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
