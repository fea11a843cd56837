package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kumo.application.support.Project;

/**
 * The classes of the reliability run's fuzz corpus, kept as a small generated test: a few thousand
 * mutations of the published examples (wrong types, bad dates, deep nesting, long strings and numbers,
 * other encodings and broken UTF-8, unpaired surrogates, control characters, duplicate keys, hostile
 * field names, truncation, flipped bytes), from a fixed seed. Each is fed to the document reader,
 * which must either accept it or throw {@link InvalidDocumentException} whose every violation has a
 * JSON path and a short, printable message in both languages; a mutation that breaks a rule of the
 * format must be refused, where the rule says, with the expected code.
 */
class InputFuzzTest {

    private static final long SEED = 20201316L;
    private static final int ROUNDS_PER_EXAMPLE = 160;
    private static final int MESSAGE_BOUND = 2_000;
    private static final int PATH_BOUND = 1_000;
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static final Documents DOCUMENTS = Documents.create();

    /**
     * One generated input and what the reader must do with it: when {@code mustRefuse}, refuse it, with a
     * violation at {@code path} (if given) whose code is one of {@code codes} (if given).
     */
    private record Case(String kind, byte[] bytes, String text, boolean mustRefuse, String path, Set<String> codes,
            Case otherwise) {

        Case(String kind, byte[] bytes, String text, boolean mustRefuse, String path, Set<String> codes) {
            this(kind, bytes, text, mustRefuse, path, codes, null);
        }

        static Case any(String kind, byte[] bytes) {
            return new Case(kind, bytes, null, false, null, null);
        }

        static Case refused(String kind, byte[] bytes, String path, Set<String> codes) {
            return new Case(kind, bytes, null, true, path, codes);
        }

        /** This case, also satisfied by a violation at {@code otherPath} with one of {@code otherCodes}. */
        Case or(String otherPath, Set<String> otherCodes) {
            return new Case(kind, bytes, text, mustRefuse, path, codes,
                    otherwise == null ? refused(kind, bytes, otherPath, otherCodes) : otherwise.or(otherPath, otherCodes));
        }

        static Case refused(String kind, byte[] bytes) {
            return refused(kind, bytes, null, null);
        }

        boolean expected(Violation v) {
            return (path == null || path.equals(v.path())) && (codes == null || codes.contains(v.code()))
                    || (otherwise != null && otherwise.expected(v));
        }
    }

    /** A value of an example: where it is (JSON pointer for editing, JSON path as the reader names it) and what. */
    private record Site(String pointer, String path, JsonNode node) {
    }

    @Test
    void everyMutationIsAcceptedOrRefusedCleanlyAndEveryBrokenRuleIsRefused() throws IOException {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Project.examples())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Example example = Example.of(PLAIN.readTree(file.toFile()));
                for (int round = 0; round < ROUNDS_PER_EXAMPLE; round++) {
                    cases.add(mutate(example, random));
                }
            }
        }
        Map<String, int[]> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            int[] counts = tally.computeIfAbsent(c.kind(), k -> new int[3]);
            counts[0]++;
            String problem = check(c, counts);
            if (problem != null) {
                failures.add(c.kind() + ": " + problem);
            }
        }
        assertThat(failures.subList(0, Math.min(20, failures.size())))
                .as(failures.size() + " of " + cases.size() + " inputs failed; the first 20").isEmpty();
        assertThat(cases).hasSizeBetween(1_000, 5_000);
        // every class was generated, and every class that breaks a rule was refused at least once
        assertThat(tally.keySet()).containsAll(List.of("wrongType", "badDate", "deepNesting", "longString", "longNumber",
                "wideEncoding", "brokenUtf8", "surrogate", "javaSurrogate", "controlCharacter", "duplicateKey",
                "hostileName", "truncation", "flippedByte"));
        tally.forEach((kind, counts) -> assertThat(counts[0]).as(kind + " generated").isGreaterThan(10));
    }

    /** {@code null} when the reader behaved, else what went wrong. */
    private static String check(Case c, int[] counts) {
        InvalidDocumentException refusal = null;
        try {
            if (c.text() != null) {
                DOCUMENTS.readRequest(c.text());
            } else {
                DOCUMENTS.readRequest(c.bytes());
            }
        } catch (InvalidDocumentException e) {
            refusal = e;
        } catch (Throwable t) {
            return "threw " + t.getClass().getName() + ": " + cut(String.valueOf(t.getMessage())) + " for " + preview(c);
        }
        if (refusal == null) {
            counts[1]++;
            return c.mustRefuse() ? "accepted, but must be refused (" + c.path() + " " + c.codes() + "): " + preview(c) : null;
        }
        counts[2]++;
        for (Violation v : refusal.violations()) {
            if (v.path() == null || !v.path().startsWith("$") || v.path().length() > PATH_BOUND) {
                return "a violation without a short JSON path: " + cut(String.valueOf(v.path()));
            }
            for (String text : List.of(v.message().ja(), v.message().en())) {
                if (text.isBlank() || text.length() > MESSAGE_BOUND) {
                    return "a message of " + text.length() + " characters at " + v.path() + ": " + cut(text);
                }
                if (text.contains("Exception") || text.contains("com.fasterxml") || text.contains("\tat ")
                        || !printable(text) || !printable(v.path())) {
                    return "an unprintable or technical message at " + v.path() + ": " + cut(text);
                }
            }
        }
        if (c.mustRefuse() && refusal.violations().stream().noneMatch(c::expected)) {
            return "refused, but not at " + c.path() + " with " + c.codes()
                    + (c.otherwise() == null ? "" : " nor at " + c.otherwise().path() + " with " + c.otherwise().codes()) + ": " + refusal.violations().stream()
                    .map(v -> v.path() + " " + v.code()).toList();
        }
        return null;
    }

    /** No control characters and no unpaired surrogates: safe to print on a terminal, one line. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- mutations

    /** An example, its text and its values: all values, the strings among them, the dates among those. */
    private record Example(JsonNode tree, String json, List<Site> sites, List<Site> strings, List<Site> dates) {

        static Example of(JsonNode tree) {
            List<Site> sites = new ArrayList<>();
            collect(tree, "", "$", sites);
            List<Site> strings = sites.stream().filter(s -> s.node().isTextual()).toList();
            return new Example(tree, write(tree, null, null), sites, strings,
                    strings.stream().filter(s -> DATE_SHAPE.matcher(s.node().textValue()).matches()).toList());
        }
    }

    private static Case mutate(Example e, Random random) {
        JsonNode example = e.tree();
        List<Site> sites = e.sites();
        Site site = sites.get(random.nextInt(sites.size()));
        Site string = e.strings().get(random.nextInt(e.strings().size()));
        List<Site> dates = e.dates();
        return switch (random.nextInt(14)) {
            case 0 -> Case.any("wrongType", utf8(write(example, site.pointer(), random(random, WRONG_VALUES))));
            case 1 -> badDate(e, dates.isEmpty() ? null : dates.get(random.nextInt(dates.size())), random);
            case 2 -> {
                int depth = 20 + random.nextInt(1_500);
                boolean arrays = random.nextBoolean();
                String deep = (arrays ? "[" : "{\"a\": ").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
                byte[] bytes = utf8(write(example, site.pointer(), deep));
                // the site is inside as many containers as its pointer has steps, the root included
                int levels = site.pointer().split("/", -1).length - 1 + depth;
                // past the limit: refused as too deep where the reader reached it, or, when the reader stops at
                // the value because it is of the wrong type there, as that type at the value
                yield levels > InputLimits.MAX_NESTING_DEPTH
                        ? Case.refused("deepNesting", bytes, deepPath(site.pointer(), arrays,
                                InputLimits.MAX_NESTING_DEPTH - (levels - depth)), Set.of("nestingTooDeep"))
                                .or(site.path(), Set.of("wrongType")).or(site.path() + "[0]", Set.of("wrongType"))
                        : Case.refused("deepNesting", bytes);
            }
            case 3 -> {
                int length = random.nextInt(4) == 0 ? InputLimits.MAX_STRING_LENGTH + 1 + random.nextInt(1_000)
                        : Echo.LIMIT + random.nextInt(200);
                String value = "\"" + (random.nextBoolean() ? "長" : "x").repeat(length) + "\"";
                byte[] bytes = utf8(write(example, string.pointer(), value));
                yield length > InputLimits.MAX_STRING_LENGTH
                        ? Case.refused("longString", bytes, string.path(), Set.of("stringTooLong"))
                        : Case.any("longString", bytes);
            }
            case 4 -> {
                int digits = InputLimits.MAX_NUMBER_LENGTH + 1 + random.nextInt(300);
                String number = (random.nextBoolean() ? "-" : "") + "9".repeat(digits) + (random.nextBoolean() ? ".5" : "");
                yield Case.refused("longNumber", utf8(write(example, site.pointer(), number)), site.path(), Set.of("numberTooLong"));
            }
            case 5 -> {
                String[] charsets = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"};
                String json = (random.nextBoolean() ? "\uFEFF" : "") + e.json();
                yield Case.refused("wideEncoding", json.getBytes(Charset.forName(charsets[random.nextInt(charsets.length)])),
                        "$", Set.of("encoding"));
            }
            case 6 -> brokenUtf8(utf8(e.json()), random);
            case 7 -> {
                String lone = String.format("\\u%04x", 0xD800 + random.nextInt(0x800));
                String value = insert(string.node().textValue().replace("\\", "\\\\").replace("\"", "\\\""), lone, random);
                yield Case.refused("surrogate", utf8(write(example, string.pointer(), "\"" + value + "\"")), string.path(),
                        Set.of("invalidUnicode"));
            }
            case 8 -> {
                String lone = String.valueOf((char) (0xD800 + random.nextInt(0x800)));
                String text = write(example, string.pointer(), PLAIN_TEXT.apply(insert(string.node().textValue(), lone, random)));
                yield new Case("javaSurrogate", null, text, true, string.path(), Set.of("invalidUnicode"));
            }
            case 9 -> {
                int[] controls = {0, 1, 7, 8, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9B};
                String escape = String.format("\\u%04x", controls[random.nextInt(controls.length)]);
                String value = insert(string.node().textValue().replace("\\", "\\\\").replace("\"", "\\\""), escape, random);
                yield Case.refused("controlCharacter", utf8(write(example, string.pointer(), "\"" + value + "\"")),
                        string.path(), Set.of("controlCharacter"));
            }
            case 10 -> duplicateKey(example, sites, random);
            case 11 -> {
                String[] names = {"\\u001b[2J\\u001b[31mforged", "a\\nb", "x".repeat(900), "\\u202e" + "gnp.exe",
                        "na\\u0000me", "\\ud800", "\u3042".repeat(200)};
                String name = names[random.nextInt(names.length)];
                String json = e.json();
                json = "{\"" + name + "\": 1, " + json.substring(1);
                yield Case.refused("hostileName", utf8(json));
            }
            case 12 -> {
                byte[] whole = utf8(e.json());
                int cut = random.nextInt(whole.length - 1);
                byte[] bytes = new byte[cut];
                System.arraycopy(whole, 0, bytes, 0, cut);
                yield Case.refused("truncation", bytes);
            }
            default -> {
                byte[] bytes = utf8(e.json());
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                yield validUtf8(bytes) ? Case.any("flippedByte", bytes) : Case.refused("flippedByte", bytes);
            }
        };
    }

    /**
     * Where the reader names a nesting too deep: inside the value at the JSON pointer {@code site}, {@code
     * allowed} containers deep (the last one it could open), at the first member or element of that container;
     * a path of more than {@link JsonPaths#MAX_SEGMENTS} steps shown as its first and last halves of that many,
     * with "…" between (the documented bound on an echoed path).
     */
    private static String deepPath(String site, boolean arrays, int allowed) {
        List<String> steps = new ArrayList<>();
        for (String token : site.substring(1).split("/")) {
            steps.add(token.matches("[0-9]+") ? "[" + token + "]" : "." + token);
        }
        for (int i = 0; i < allowed; i++) {
            steps.add(arrays ? "[0]" : ".a");
        }
        int half = JsonPaths.MAX_SEGMENTS / 2;
        if (steps.size() > JsonPaths.MAX_SEGMENTS) {
            steps = List.of(String.join("", steps.subList(0, half)), "…",
                    String.join("", steps.subList(steps.size() - half, steps.size())));
        }
        return "$" + String.join("", steps);
    }

    private static final String[] WRONG_VALUES = {"null", "true", "false", "0", "-1", "1.5", "1e308", "-0", "\"\"", "\" \"",
        "\"x\"", "\"PUBLIC_CLOUD\"", "\"2026-11-28\"", "[]", "[null]", "[1, \"a\"]", "{}", "{\"a\": 1}", "[{}]", "\"C3\""};

    private static final String[] BAD_DATES = {" %s", "%s ", "%sT00:00:00", "%sT00:00:00Z", "%s+09:00", "+%s", "-%s",
        "%s\\u0000", "\\t%s", "%sZ", "+1%s", "1%s", "%s\\n"};

    /** A bad date at {@code date}, or as the request's {@code assessmentDate} when the example has no date. */
    private static Case badDate(Example e, Site date, Random random) {
        String value = date == null ? "2026-11-28" : date.node().textValue();
        String bad;
        int how = random.nextInt(4);
        if (how == 0) {
            bad = BAD_DATES[random.nextInt(BAD_DATES.length)].formatted(value);
        } else if (how == 1) {
            bad = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
        } else if (how == 2) {
            char[] chars = value.toCharArray();
            String replacements = "0123456789-/ .T\uFF10:";
            chars[random.nextInt(chars.length)] = replacements.charAt(random.nextInt(replacements.length()));
            bad = new String(chars);
        } else {
            bad = random.nextBoolean() ? value.replace('-', '/') : value.replace("-", "");
        }
        byte[] bytes = utf8(date == null ? "{\"assessmentDate\": \"" + bad + "\", " + e.json().substring(1)
                : write(e.tree(), date.pointer(), "\"" + bad + "\""));
        if (realDate(bad)) {
            return Case.any("badDate", bytes);
        }
        return Case.refused("badDate", bytes, date == null ? "$.assessmentDate" : date.path(),
                Set.of("invalidDate", "controlCharacter"));
    }

    /** The oracle: the schema's pattern and a day that exists, checked without the reader's code. */
    private static boolean realDate(String text) {
        if (!DATE_SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Case brokenUtf8(byte[] bytes, Random random) {
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE3, (byte) 0x81}, {(byte) 0x82, (byte) 0xA0}};
        byte[] insert = bad[random.nextInt(bad.length)];
        // somewhere inside a string value, so that the rest stays well-formed JSON
        String text = new String(bytes, StandardCharsets.UTF_8);
        int quote = text.indexOf(": \"", random.nextInt(text.length() / 2));
        int at = quote < 0 ? 1 : text.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return Case.refused("brokenUtf8", out, null, Set.of("encoding"));
    }

    private static Case duplicateKey(JsonNode example, List<Site> sites, Random random) {
        List<Site> members = sites.stream().filter(s -> !s.pointer().isEmpty() && !s.pointer().matches(".*/[0-9]+$")).toList();
        Site member = members.get(random.nextInt(members.size()));
        String name = member.pointer().substring(member.pointer().lastIndexOf('/') + 1);
        // the object holding the member gets it a second time, first among its members
        String parent = member.pointer().substring(0, member.pointer().lastIndexOf('/'));
        JsonNode holder = parent.isEmpty() ? example : example.at(parent);
        String written = write(holder, null, null);
        String doubled = "{\"" + name + "\": " + write(member.node(), null, null) + ", " + written.substring(1);
        byte[] bytes = utf8(write(example, parent, doubled));
        return Case.refused("duplicateKey", bytes, member.path(), Set.of("duplicateField"));
    }

    // ---------------------------------------------------------------- writing JSON with one value replaced

    private static final Function<String, String> PLAIN_TEXT = s -> {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    };

    /** {@code node} as JSON text, the value at {@code pointer} ({@code ""}: the whole) written as {@code replacement}. */
    private static String write(JsonNode node, String pointer, String replacement) {
        StringBuilder sb = new StringBuilder();
        write(node, "", pointer, replacement, sb);
        return sb.toString();
    }

    private static void write(JsonNode node, String at, String pointer, String replacement, StringBuilder sb) {
        if (at.equals(pointer)) {
            sb.append(replacement);
        } else if (node.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(first ? "" : ", ").append(PLAIN_TEXT.apply(e.getKey())).append(": ");
                write(e.getValue(), at + "/" + e.getKey(), pointer, replacement, sb);
                first = false;
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                write(node.get(i), at + "/" + i, pointer, replacement, sb);
            }
            sb.append(']');
        } else if (node.isTextual()) {
            sb.append(PLAIN_TEXT.apply(node.textValue()));
        } else {
            sb.append(node.toString());
        }
    }

    private static void collect(JsonNode node, String pointer, String path, List<Site> into) {
        if (!pointer.isEmpty()) {
            into.add(new Site(pointer, path, node));
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), pointer + "/" + e.getKey(), path + "." + e.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, path + "[" + i + "]", into);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String insert(String s, String what, Random random) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
            at--;
        }
        return s.substring(0, at) + what + s.substring(at);
    }

    private static <T> T random(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String preview(Case c) {
        String s = c.text() != null ? c.text() : new String(c.bytes(), StandardCharsets.UTF_8);
        return cut(s);
    }

    private static String cut(String s) {
        return Echo.of(s).en();
    }
}
