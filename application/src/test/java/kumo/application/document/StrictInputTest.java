package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kumo.application.records.exchange.StoreExports;
import kumo.application.support.Project;

/**
 * Input as the published schemas say: dates exactly YYYY-MM-DD, UTF-8 only, strings of Unicode text,
 * limits with their own codes at the exact path, echoed values bounded.
 */
class StrictInputTest {

    private static final String BASE = "{\"kumo\": \"assessment-request/1\", \"assessmentDate\": %s,"
            + " \"system\": {\"name\": %s, \"department\": \"こども家庭局\"},"
            + " \"service\": {\"continuity\": {\"recoveryTimeHours\": %s}, \"dataLocations\": {\"countries\": [\"JP\", %s]}}}";

    private static final Documents documents = Documents.create();

    /** The base request with the four spliced values (JSON text). */
    private static String request(String date, String name, String hours, String country) {
        return BASE.formatted(date, name, hours, country);
    }

    private static String withDate(String date) {
        return request(date, "\"子育て相談\"", "4", "\"SG\"");
    }

    private static String withName(String name) {
        return request("\"2026-11-28\"", name, "4", "\"SG\"");
    }

    @Test
    void theBaseRequestIsValid() {
        assertThat(documents.readRequest(withDate("\"2026-11-28\"")).assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    // ---------------------------------------------------------------- dates

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {" 2026-11-28", "2026-11-28 ", "2026-11-28T00:00:00", "2026-11-28T00:00:00Z", "+10000-01-01",
            "10000-01-01", "+2026-11-28", "-2026-11-28", "2026-1-28", "2026-11-8", "20261128", "2026/11/28", "2026-11-28Z",
            "2026-11-28+09:00", "\uFF12\uFF10\uFF12\uFF16-11-28", "\u0662\u0660\u0662\u0666-11-28", "2026-02-30",
            "2026-13-01", "2026-00-10", "2026-11-00", "2025-02-29", "26-11-28", "2026-W48-6", "2026-332", ""})
    void aDateOffThePatternOrTheCalendarIsRefusedWithItsPathAndTheExpectedForm(String date) {
        Violation v = single(withDate("\"" + date + "\""));
        assertThat(v.path()).isEqualTo("$.assessmentDate");
        assertThat(v.code()).isIn("invalidDate", "wrongType");
        assertThat(v.message().en()).contains("YYYY-MM-DD");
        assertThat(v.message().ja()).contains("YYYY-MM-DD");
        DocumentsTest.assertReadable(v);
    }

    @Test
    void aDateWithATrailingNulIsRefusedAtItsPath() {
        Violation v = single(withDate("\"2026-11-28\\u0000\""));
        assertThat(v.path()).isEqualTo("$.assessmentDate");
        assertThat(v.code()).isEqualTo("controlCharacter");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[2026, 11, 28]", "20261128", "true", "{\"year\": 2026}"})
    void aDateThatIsNoStringIsTheWrongType(String json) {
        Violation v = single(withDate(json));
        assertThat(v.path()).isEqualTo("$.assessmentDate");
        assertThat(v.code()).isEqualTo("wrongType");
        assertThat(v.message().en()).contains("YYYY-MM-DD");
    }

    @Test
    void deepDatesAreCheckedTheSameWay() {
        String json = "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {},"
                + " \"plan\": {\"riskDecisions\": [{\"riskId\": \"R01\"}, {\"riskId\": \"R02\", \"decidedOn\": \"2026-11-28T09:00\"}]}}";
        Violation v = single(json);
        assertThat(v.path()).isEqualTo("$.plan.riskDecisions[1].decidedOn");
        assertThat(v.code()).isEqualTo("invalidDate");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2026-11-28", "2024-02-29", "0001-01-01", "9999-12-31", "2000-02-29"})
    void realDaysInTheFormAreRead(String date) {
        assertThat(documents.readRequest(withDate("\"" + date + "\"")).assessmentDate()).isEqualTo(LocalDate.parse(date));
        assertThat(StrictDates.parse(date)).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {" 2026-11-28", "2026-11-28\n", "2026-11-28\u0000", "+10000-01-01", "2026-02-30", "2026-11-28T00:00", ""})
    void theCliDateParserIsTheSameStrictParser(String date) {
        assertThatThrownBy(() -> StrictDates.parse(date)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void everyDateOfEveryPublishedSchemaHasThePatternTheReaderUses() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> dates = new ArrayList<>();
        for (String schema : List.of("assessment-request.schema.json", "assessment-result.schema.json", "store-export.schema.json")) {
            collectDates(json.readTree(Project.schema(schema).toFile()), schema + "#", dates);
        }
        assertThat(dates).hasSizeGreaterThanOrEqualTo(24)
                .allSatisfy(d -> assertThat(d).endsWith(" " + StrictDates.PATTERN));
    }

    private static void collectDates(JsonNode node, String at, List<String> into) {
        if (node.isObject() && "date".equals(node.path("format").asText())) {
            into.add(at + " " + node.path("pattern").asText());
        }
        node.fields().forEachRemaining(e -> collectDates(e.getValue(), at + "/" + e.getKey(), into));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectDates(node.get(i), at + "/" + i, into);
        }
    }

    // ---------------------------------------------------------------- encodings

    static Stream<Arguments> wideEncodings() {
        String json = withName("\"子育て相談\"");
        return Stream.of(
                Arguments.of("UTF-16BE", json.getBytes(StandardCharsets.UTF_16BE)),
                Arguments.of("UTF-16LE", json.getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16 with BOM", json.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("UTF-16LE with BOM", ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-32BE", json.getBytes(Charset.forName("UTF-32BE"))),
                Arguments.of("UTF-32LE", json.getBytes(Charset.forName("UTF-32LE"))),
                Arguments.of("UTF-32BE with BOM", ("\uFEFF" + json).getBytes(Charset.forName("UTF-32BE"))),
                Arguments.of("UTF-32LE with BOM", ("\uFEFF" + json).getBytes(Charset.forName("UTF-32LE"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("wideEncodings")
    void utf16AndUtf32DocumentsAreRefused(String what, byte[] bytes) {
        Violation v = single(bytes);
        assertThat(v.code()).isEqualTo("encoding");
        assertThat(v.path()).isEqualTo("$");
        assertThat(v.message().en()).contains("UTF-8 only", what.substring(0, 6));
        assertThat(v.message().ja()).contains("UTF-8", what.substring(0, 6));
        DocumentsTest.assertReadable(v);
    }

    static Stream<Arguments> badUtf8() {
        return Stream.of(
                Arguments.of("overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80}),
                Arguments.of("overlong three bytes", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("encoded high surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("encoded low surrogate", new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80}),
                Arguments.of("above U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
                Arguments.of("five-byte form", new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}),
                Arguments.of("lone continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("cut sequence", new byte[] {(byte) 0xE5, (byte) 0xAD}),
                Arguments.of("Shift_JIS", "子".getBytes(Charset.forName("Shift_JIS"))),
                Arguments.of("Latin-1", new byte[] {(byte) 0xE9}));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badUtf8")
    void invalidUtf8IsRefusedWithThePathLineAndColumn(String what, byte[] bad) {
        byte[] before = "{\"kumo\": \"assessment-request/1\", \"service\": {},\n \"system\": {\"name\": \"ab".getBytes(StandardCharsets.UTF_8);
        byte[] after = "cd\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] json = new byte[before.length + bad.length + after.length];
        System.arraycopy(before, 0, json, 0, before.length);
        System.arraycopy(bad, 0, json, before.length, bad.length);
        System.arraycopy(after, 0, json, before.length + bad.length, after.length);
        Violation v = single(json);
        assertThat(v.code()).isEqualTo("encoding");
        assertThat(v.path()).isEqualTo("$.system.name");
        assertThat(v.line()).isEqualTo(2);
        assertThat(v.column()).as("23 characters before it on line 2").isEqualTo(24);
        assertThat(v.message().en()).contains("line 2, column 24");
        DocumentsTest.assertReadable(v);
    }

    @Test
    void everyWellFormedUtf8SequenceIsAccepted() {
        String all = "A\u00E9\u0800\u30B5\uD7FF\uE000\uFFFD\uD800\uDC00\uD83D\uDE00\uDBFF\uDFFF";
        byte[] bytes = all.getBytes(StandardCharsets.UTF_8);
        assertThat(StrictJsonFactory.firstInvalidUtf8(bytes, 0, bytes.length)).isEqualTo(-1);
        assertThat(documents.readRequest(withName("\"" + all + "\"")).system().name()).isEqualTo(all);
    }

    // ---------------------------------------------------------------- text

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\\ud800", "a\\udc00", "\\ud800\\ud800", "\\udbff b", "\\ude00\\ud83d"})
    void unpairedSurrogatesAreRefusedWithThePath(String escaped) {
        Violation v = single(withName("\"" + escaped + "\""));
        assertThat(v.path()).isEqualTo("$.system.name");
        assertThat(v.code()).isEqualTo("invalidUnicode");
        assertThat(v.message().en()).contains("U+D");
        DocumentsTest.assertReadable(v);
    }

    @Test
    void anUnpairedSurrogateInAJavaStringIsNotTurnedIntoAQuestionMark() {
        Violation v = single(withName("\"\uD800\"").toCharArray());
        assertThat(v.code()).isEqualTo("invalidUnicode");
        assertThat(v.path()).isEqualTo("$.system.name");
    }

    @Test
    void surrogatesAreCheckedInListsAndFieldNamesToo() {
        Violation inList = single(request("\"2026-11-28\"", "\"x\"", "4", "\"\\udfff\""));
        assertThat(inList.path()).isEqualTo("$.service.dataLocations.countries[1]");
        assertThat(inList.code()).isEqualTo("invalidUnicode");
        // Jackson itself refuses a surrogate escape in a field name (as a syntax error)
        Violation inName = single("{\"kumo\": \"assessment-request/1\", \"system\": {\"na\\ud800me\": 1}, \"service\": {}}");
        assertThat(inName.path()).isEqualTo("$.system");
        assertThat(inName.code()).isIn("syntax", "invalidUnicode");
        // a map key is a field name too; values of unknown fields are read (and checked) before they are refused
        Violation inKey = single("{\"kumo\": \"assessment-request/1\", \"system\": {\"x\": {\"b\": [\"\\udc00\"]}}, \"service\": {}}");
        assertThat(inKey.path()).isEqualTo("$.system.x.b[0]");
        assertThat(inKey.code()).isEqualTo("invalidUnicode");
    }

    @Test
    void aPairedSurrogateIsAnOrdinaryCharacter() {
        assertThat(documents.readRequest(withName("\"\\ud83d\\ude00 窓口\"")).system().name()).isEqualTo("\uD83D\uDE00 窓口");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"\\u0000", "a\\u001b[31mred", "\\u0007", "\\u007f", "\\u0085", "\\u009b2J", "x\\u000b"})
    void controlCharactersAreRefusedWithThePath(String escaped) {
        Violation v = single(withName("\"" + escaped + "\""));
        assertThat(v.path()).isEqualTo("$.system.name");
        assertThat(v.code()).isEqualTo("controlCharacter");
        assertThat(v.message().en()).contains("U+00");
        DocumentsTest.assertReadable(v);
    }

    @Test
    void tabLineFeedAndCarriageReturnAreText() {
        assertThat(documents.readRequest(withName("\"a\\tb\\nc\\r\\nd\"")).system().name()).isEqualTo("a\tb\nc\r\nd");
    }

    // ---------------------------------------------------------------- limits

    @Test
    void aNumberOverTheLimitHasItsOwnCodeAtItsPath() {
        for (int digits : new int[] {InputLimits.MAX_NUMBER_LENGTH + 1, 1001, 100_000}) {
            Violation v = single(request("\"2026-11-28\"", "\"x\"", "1" + "0".repeat(digits - 1), "\"SG\""));
            assertThat(v.path()).as(digits + " digits").isEqualTo("$.service.continuity.recoveryTimeHours");
            assertThat(v.code()).isEqualTo("numberTooLong");
            assertThat(v.message().en()).contains("100 characters");
            DocumentsTest.assertReadable(v);
        }
        String fraction = "0." + "5".repeat(InputLimits.MAX_NUMBER_LENGTH);
        assertThat(single(request("\"2026-11-28\"", "\"x\"", fraction, "\"SG\"")).code()).isEqualTo("numberTooLong");
        assertThat(documents.readRequest(request("\"2026-11-28\"", "\"x\"", "0." + "5".repeat(InputLimits.MAX_NUMBER_LENGTH - 2), "\"SG\"")))
                .isNotNull();
    }

    @Test
    void aStringOverTheLimitHasItsOwnCodeAtItsPath() {
        for (int length : new int[] {InputLimits.MAX_STRING_LENGTH + 1, 2_000_000}) {
            Violation v = single(withName("\"" + "名".repeat(length) + "\""));
            assertThat(v.path()).as(length + " characters").isEqualTo("$.system.name");
            assertThat(v.code()).isEqualTo("stringTooLong");
            assertThat(v.message().en()).contains("100,000 characters");
            DocumentsTest.assertReadable(v);
        }
        assertThat(documents.readRequest(withName("\"" + "名".repeat(InputLimits.MAX_STRING_LENGTH) + "\"")).system().name())
                .hasSize(InputLimits.MAX_STRING_LENGTH);
    }

    @Test
    void aFieldNameOverTheLimitHasItsOwnCode() {
        Violation v = single("{\"kumo\": \"assessment-request/1\", \"system\": {\"" + "n".repeat(5000) + "\": 1}, \"service\": {}}");
        assertThat(v.code()).isEqualTo("nameTooLong");
        assertThat(v.path()).as("the object it is in: the name is not read to its end").isEqualTo("$.system");
    }

    @Test
    void nestingOverTheLimitHasItsOwnCodeAtItsPathInEveryCopyOfTheMapper() {
        ObjectMapper copy = documents.objectMapper();
        String deep = "{\"a\": [" + "[".repeat(200) + "]".repeat(200) + "]}";
        assertThatThrownBy(() -> copy.readTree(deep)).isInstanceOfSatisfying(InputProblem.class, e -> {
            assertThat(e.code()).isEqualTo("nestingTooDeep");
            assertThat(e.path()).isEqualTo("$.a" + "[0]".repeat(JsonPaths.MAX_SEGMENTS / 2 - 1) + "…"
                    + "[0]".repeat(JsonPaths.MAX_SEGMENTS / 2));
        });
        // in a request the first level that is too deep is refused where it opens
        String request = "{\"kumo\": \"assessment-request/1\", \"system\": " + "{\"classification\": ".repeat(120) + "}".repeat(121)
                + ", \"service\": {}}";
        Violation v = single(request);
        assertThat(v.code()).isEqualTo("nestingTooDeep");
        assertThat(v.path()).startsWith("$.system.classification.classification").contains("…").hasSizeLessThan(500);
        DocumentsTest.assertReadable(v);
    }

    @Test
    void everyCopyOfTheMapperReadsStrictly() {
        ObjectMapper copy = documents.objectMapper();
        assertThatThrownBy(() -> copy.readValue("\"2026-11-28T00:00\"", LocalDate.class)).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> copy.readTree("{\"a\": \"\\ud800\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InputProblem.class, e -> assertThat(e.path()).isEqualTo("$.a"));
        assertThatThrownBy(() -> copy.readTree("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOfSatisfying(InputProblem.class, e -> assertThat(e.code()).isEqualTo("encoding"));
    }

    @Test
    void aStoreExportIsReadAsStrictlyWithItsOwnCodesAndPaths() {
        StoreExports exports = new StoreExports(documents);
        String export = "{\"kumo\": \"kumo-store-export/1\", \"services\": [%s], \"systems\": [], \"assessments\": [%s],"
                + " \"auditEvents\": []}";
        assertThat(exportViolation(exports, export.formatted("", "").getBytes(StandardCharsets.UTF_16LE)))
                .satisfies(v -> assertThat(v.code()).isEqualTo("encoding"));
        assertThat(exportViolation(exports, export.formatted("{\"id\": \"svc-\\ud800\"}", "").getBytes(StandardCharsets.UTF_8)))
                .satisfies(v -> assertThat(v.path() + " " + v.code()).isEqualTo("$.services[0].id invalidUnicode"));
        assertThat(exportViolation(exports, export.formatted("", "{\"id\": \"a-1\", \"assessmentDate\": \" 2026-11-28\"}")
                .getBytes(StandardCharsets.UTF_8)))
                .satisfies(v -> assertThat(v.path() + " " + v.code()).isEqualTo("$.assessments[0].assessmentDate invalidDate"));
        assertThat(exportViolation(exports, export.formatted("{\"version\": " + "9".repeat(500) + "}", "")
                .getBytes(StandardCharsets.UTF_8)))
                .satisfies(v -> assertThat(v.path() + " " + v.code()).isEqualTo("$.services[0].version numberTooLong"));
        String hugeEnum = "{\"seq\": 1, \"action\": \"" + "X".repeat(90_000) + "\"}";
        Violation echoed = exportViolation(exports, ("{\"kumo\": \"kumo-store-export/1\", \"auditEvents\": [" + hugeEnum + "]}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(echoed.code()).isEqualTo("invalidEnum");
        assertThat(echoed.message().en()).contains("X".repeat(Echo.LIMIT) + "…").doesNotContain("X".repeat(Echo.LIMIT + 1))
                .hasSizeLessThan(1_000);
    }

    private static Violation exportViolation(StoreExports exports, byte[] json) {
        try {
            exports.read(json);
        } catch (InvalidDocumentException e) {
            return e.violations().get(0);
        }
        throw new AssertionError("accepted");
    }

    // ---------------------------------------------------------------- echoes

    @Test
    void echoedValuesAreCutAndMadeVisible() {
        String huge = "A".repeat(5_000_000);
        Violation enumValue = single("{\"kumo\": \"assessment-request/1\", \"system\": {\"users\": \"" + huge.substring(0, 99_000)
                + "\"}, \"service\": {}}");
        assertThat(enumValue.code()).isEqualTo("invalidEnum");
        assertThat(enumValue.message().en()).contains("A".repeat(Echo.LIMIT) + "… (99,000 characters in all)")
                .doesNotContain("A".repeat(Echo.LIMIT + 1)).hasSizeLessThan(400);
        assertThat(enumValue.message().ja()).contains("…（全99,000文字）").hasSizeLessThan(400);

        Violation field = single("{\"kumo\": \"assessment-request/1\", \"system\": {\"" + "x".repeat(900) + "\": 1}, \"service\": {}}");
        assertThat(field.code()).isEqualTo("unknownField");
        assertThat(field.message().en()).contains("(900 characters in all)").hasSizeLessThan(1000);
        assertThat(field.path()).isEqualTo("$.system['" + "x".repeat(Echo.LIMIT) + "…']");

        Violation rejected = single("{\"kumo\": \"" + huge.substring(0, 50_000) + "\", \"system\": {}, \"service\": {}}");
        assertThat(rejected.code()).isEqualTo("requestType");
        assertThat(rejected.message().en()).contains("(50,002 characters in all)").hasSizeLessThan(400);

        assertThat(Echo.of("a\u001B[2Jb\nc\u202Ed").en()).isEqualTo("a\\u001B[2Jb\\u000Ac\\u202Ed");
        assertThat(Echo.of("\uD83D\uDE00".repeat(Echo.LIMIT + 1)).en()).startsWith("\uD83D\uDE00".repeat(Echo.LIMIT) + "…");
    }

    // ---------------------------------------------------------------- helpers

    private Violation single(String json) {
        return single(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Read through {@link Documents#readRequest(String)}, so that a lone surrogate char reaches the reader. */
    private Violation single(char[] json) {
        try {
            documents.readRequest(new String(json));
        } catch (InvalidDocumentException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("accepted");
    }

    private Violation single(byte[] json) {
        try {
            documents.readRequest(json);
        } catch (InvalidDocumentException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("accepted: " + new String(json, StandardCharsets.UTF_8).substring(0, Math.min(200, json.length)));
    }
}
