package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kumo.application.document.JsonLines;
import kumo.domain.assessment.Verdict;

/**
 * {@code kumo batch}: JSON Lines in (file or standard input), one compact result per line out in the input's
 * order, bad lines reported with their number and skipped, the summary on standard error, the batch's exit code,
 * {@code --out} as a new file, and the streaming itself (results leave while the input is still being read).
 */
class BatchCommandTest {

    @TempDir
    static Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONDITIONAL = "conditional-internet-vpn-awaiting-approval.json";
    private static final String ELIGIBLE = "eligible-ismap-iaas.json";
    private static final String PROHIBITED = "prohibited-secret-on-public-cloud.json";
    private static final String OUT_OF_SCOPE = "out-of-scope-event-website.json";

    /** An example request written on one line. */
    static String line(String example) throws IOException {
        return JSON.writeValueAsString(JSON.readTree(Files.readAllBytes(Cli.example(example))));
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isEmpty()) {
                nodes.add(JSON.readTree(l));
            }
        }
        return nodes;
    }

    /** What {@code kumo assess --format json} prints for the example, as a tree. */
    private static JsonNode assessJson(String example, String lang) throws IOException {
        Cli.Run run = Cli.run("assess", "--format", "json", "--lang", lang, Cli.example(example).toString());
        return JSON.readTree(run.out());
    }

    @Test
    void everyExampleInOneFileGivesTheCompactResultOfAssessPerLineInOrder() throws IOException {
        Map<String, Verdict> expected = BatchTest.expectations();
        StringBuilder in = new StringBuilder();
        for (String example : expected.keySet()) {
            in.append(line(example)).append('\n');
        }
        Path input = file("examples.jsonl", in.toString());

        Cli.Run run = Cli.run("batch", input.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.PROHIBITED);
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(expected.size());
        assertThat(run.out().split("\n")).hasSize(expected.size()).allSatisfy(l -> assertThat(l).doesNotContain("\r"));
        int n = 0;
        for (Map.Entry<String, Verdict> e : expected.entrySet()) {
            JsonNode entry = out.get(n++);
            assertThat(entry.path("kumo").asText()).isEqualTo(BatchCommand.TYPE);
            assertThat(entry.path("line").asLong()).isEqualTo(n);
            assertThat(entry.path("verdict").asText()).as(e.getKey()).isEqualTo(e.getValue().name());
            assertThat(entry.has("error")).isFalse();
            assertThat(entry.path("result")).as(e.getKey()).isEqualTo(assessJson(e.getKey(), "en"));
        }
        // the summary on standard error: lines, counts per verdict, no progress line (not a terminal)
        assertThat(run.err()).contains("Read " + expected.size() + " request line(s) in ")
                .contains("Totals (" + expected.size() + " input(s))")
                .contains("  Prohibited (PROHIBITED): " + expected.values().stream().filter(Verdict.PROHIBITED::equals).count())
                .contains("  bad input (ERROR): 0")
                .doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void standardInputWithDashOrWithoutAFile() throws IOException {
        String in = line(ELIGIBLE) + "\n" + line(CONDITIONAL) + "\n";
        for (String[] args : List.of(new String[] {"batch"}, new String[] {"batch", "-"})) {
            Cli.Run run = Cli.withStdin(in, args);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CONDITIONAL);
            List<JsonNode> out = lines(run.out());
            assertThat(out).extracting(j -> j.path("verdict").asText()).containsExactly("ELIGIBLE", "CONDITIONAL");
            assertThat(out.get(0).path("result")).isEqualTo(assessJson(ELIGIBLE, "ja"));
            assertThat(run.err()).contains("評価依頼 2行を").contains("集計（2件）");
        }
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndPathAndSkipped() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write((line(ELIGIBLE) + "\n").getBytes(StandardCharsets.UTF_8));                          // 1
        in.write("{not json\n".getBytes(StandardCharsets.UTF_8));                                       // 2
        in.write("\n".getBytes(StandardCharsets.UTF_8));                                                // 3 blank: ignored
        in.write((line(OUT_OF_SCOPE).replaceFirst("\\{", "{\"surprise\":1,") + "\n").getBytes(StandardCharsets.UTF_8)); // 4
        byte[] latin1 = line(OUT_OF_SCOPE).replace("\"name\":\"", "\"name\":\"caf\u00e9 ").getBytes(StandardCharsets.ISO_8859_1);
        in.write(latin1);                                                                               // 5 not UTF-8
        in.write('\n');
        in.write(("{\"kumo\":\"" + "x".repeat(JsonLines.MAX_LINE_BYTES) + "\"}\n").getBytes(StandardCharsets.UTF_8)); // 6
        in.write((line(PROHIBITED) + "\r\n").getBytes(StandardCharsets.UTF_8));                       // 7 CRLF
        Path input = file("bad.jsonl", in.toByteArray());

        Cli.Run run = Cli.run("batch", input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        List<JsonNode> out = lines(run.out());
        assertThat(out).extracting(j -> j.path("line").asLong()).containsExactly(1L, 2L, 4L, 5L, 6L, 7L);
        assertThat(out.get(0).path("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(out.get(5).path("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(violation(out.get(1)).path("path").asText()).isEqualTo("$");
        assertThat(violation(out.get(1)).path("code").asText()).isEqualTo("syntax");
        assertThat(violation(out.get(2)).path("code").asText()).isEqualTo("unknownField");
        assertThat(violation(out.get(2)).path("message").path("en").asText()).contains("surprise");
        assertThat(violation(out.get(3)).path("code").asText()).isEqualTo("encoding");
        assertThat(violation(out.get(3)).path("path").asText()).isEqualTo("$.system.name");
        assertThat(violation(out.get(4)).path("code").asText()).isEqualTo("lineTooLong");
        for (JsonNode bad : out.subList(1, 5)) {
            assertThat(bad.has("verdict")).isFalse();
            assertThat(bad.has("result")).isFalse();
            assertThat(violation(bad).path("message").path("ja").asText()).isNotBlank();
        }
        assertThat(run.err())
                .contains("kumo: エラー: 2行目: ")
                .contains("kumo: エラー: 4行目: ").contains("surprise")
                .contains("kumo: エラー: 5行目: ").contains("  $.system.name: ")
                .contains("kumo: エラー: 6行目: ").contains("1,000,000バイト")
                .contains("入力の誤り（ERROR）: 4件")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static JsonNode violation(JsonNode entry) {
        JsonNode violations = entry.path("error").path("violations");
        assertThat(violations.size()).as(entry.toString()).isGreaterThanOrEqualTo(1);
        return violations.get(0);
    }

    @Test
    void emptyInputIsBadInput() throws IOException {
        for (Cli.Run run : List.of(Cli.withStdin("", "batch"), Cli.withStdin("\n  \n", "batch", "--lang", "en"))) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).containsAnyOf("入力に評価依頼が1件もありません", "The input holds no assessment request");
        }
    }

    @Test
    void theDateOptionAppliesToEveryLine() throws IOException {
        Cli.Run run = Cli.withStdin(line(ELIGIBLE) + "\n" + line(OUT_OF_SCOPE) + "\n", "batch", "--date", "2027-01-15");
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.ELIGIBLE, ExitCodes.OUT_OF_SCOPE, ExitCodes.CONDITIONAL,
                ExitCodes.INCOMPLETE, ExitCodes.NOT_ELIGIBLE);
        assertThat(lines(run.out())).extracting(j -> j.path("result").path("assessmentDate").asText())
                .containsExactly("2027-01-15", "2027-01-15");
    }

    @Test
    void badOptionsAndMissingFilesExit2WithTheProblemNamed() {
        Cli.Run date = Cli.withStdin("", "batch", "--date", "2027-02-30");
        assertThat(date.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(date.err()).contains("--date").contains("2027-02-30");
        Cli.Run lang = Cli.withStdin("", "batch", "--lang", "fr");
        assertThat(lang.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(lang.err()).contains("--lang").contains("fr");
        Cli.Run missing = Cli.run("batch", tmp.resolve("nowhere.jsonl").toString(), "--lang", "en");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere.jsonl: file not found.");
        Cli.Run dir = Cli.run("batch", tmp.toString(), "--lang", "en");
        assertThat(dir.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dir.err()).contains("not a regular file");
        for (Cli.Run run : List.of(date, lang, missing, dir)) {
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).doesNotContain("Exception");
        }
    }

    @Test
    void outWritesANewFileAndRefusesAnExistingOne() throws IOException {
        Path target = tmp.resolve("results.jsonl");
        Cli.Run run = Cli.withStdin(line(CONDITIONAL) + "\n", "batch", "--out", target.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CONDITIONAL);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote 1 result line(s) to " + target);
        List<JsonNode> written = lines(Files.readString(target, StandardCharsets.UTF_8));
        assertThat(written).singleElement().satisfies(j -> assertThat(j.path("result")).isEqualTo(assessJson(CONDITIONAL, "en")));

        byte[] before = Files.readAllBytes(target);
        Cli.Run again = Cli.withStdin(line(ELIGIBLE) + "\n", "batch", "--out", target.toString(), "--lang", "en");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains(target.toString()).doesNotContain("Exception");
        assertThat(again.out()).isEmpty();
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (var listing = Files.list(tmp)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /**
     * Streaming: results must leave while the input is still being read. The input is made line by line as it is
     * read (never held whole) and counts the lines handed out; the output checks, as each result line arrives, that
     * the input is at most a bounded number of lines ahead. A batch that read everything first, or that kept
     * results until the end, is thousands of lines ahead and fails.
     */
    @Test
    void resultsLeaveWhileTheInputIsStillBeingRead() throws IOException {
        int total = 1_000;
        byte[] one = (line(OUT_OF_SCOPE) + "\n").getBytes(StandardCharsets.UTF_8);
        long[] given = {0};
        InputStream lazy = new InputStream() {
            private int offset;

            /** Like a file: always more at hand until the end (so the batch never drains early for a slow pipe). */
            @Override
            public int available() {
                return given[0] == total ? 0 : one.length - offset;
            }

            @Override
            public int read() {
                byte[] b = new byte[1];
                return read(b, 0, 1) < 0 ? -1 : b[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (given[0] == total) {
                    return -1;
                }
                int n = Math.min(len, one.length - offset);
                System.arraycopy(one, offset, b, off, n);
                offset += n;
                if (offset == one.length) {
                    offset = 0;
                    given[0]++;
                }
                return n;
            }
        };
        // how far ahead the input may be: the lines in flight, the reader's 64 KB buffer, the writer's buffers
        long bound = 4L * Runtime.getRuntime().availableProcessors() + 65_536 / one.length + 16;
        long[] written = {0};
        long[] mostAhead = {0};
        OutputStream watching = new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    written[0]++;
                    mostAhead[0] = Math.max(mostAhead[0], given[0] - written[0]);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.cli(Cli.ASSESS, null).execute(new String[] {"batch"}, lazy, new PrintStream(watching, true),
                new PrintStream(err, true));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.OUT_OF_SCOPE);
        assertThat(written[0]).isEqualTo(total);
        assertThat(mostAhead[0]).as("input lines read ahead of the results written (bound %d)", bound)
                .isLessThanOrEqualTo(bound);
    }
}
