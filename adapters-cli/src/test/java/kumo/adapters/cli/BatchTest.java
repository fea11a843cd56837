package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.domain.assessment.Verdict;

/**
 * {@code kumo assess} with several files or a directory: one line (or one JSON entry) per file, the totals,
 * bad input reported without stopping the batch, and the batch's exit code.
 */
class BatchTest {

    /** Under target/: the build sets java.io.tmpdir to the build directory. */
    @TempDir
    static Path tmp;

    /** The batch document is read back as a plain JSON tree (Jackson comes with the application's Documents). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONDITIONAL = "conditional-internet-vpn-awaiting-approval.json";
    private static final String ELIGIBLE = "eligible-ismap-iaas.json";
    private static final String PROHIBITED = "prohibited-secret-on-public-cloud.json";
    private static final String OUT_OF_SCOPE = "out-of-scope-event-website.json";

    /** docs/examples/expectations.tsv: every example's file name and expected verdict, by file name. */
    static Map<String, Verdict> expectations() throws IOException {
        Map<String, Verdict> rows = new TreeMap<>();
        for (String line : Files.readAllLines(Cli.docs().resolve("examples").resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t");
                rows.put(columns[0].trim(), Verdict.valueOf(columns[1].trim()));
            }
        }
        assertThat(rows).hasSizeGreaterThan(10).containsValue(Verdict.PROHIBITED);
        try (Stream<Path> files = Files.list(Cli.docs().resolve("examples"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .as("every example is in expectations.tsv").containsExactlyInAnyOrderElementsOf(rows.keySet());
        }
        return rows;
    }

    private static Map<Verdict, Integer> counts(Map<String, Verdict> expected) {
        Map<Verdict, Integer> counts = new LinkedHashMap<>();
        Batch.SEVERITY.forEach(v -> counts.put(v, 0));
        expected.values().forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }

    private static Path copy(String example, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(Cli.example(example), to);
    }

    private static Path write(Path to, String content) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.writeString(to, content, StandardCharsets.UTF_8);
    }

    private static String[] args(Object... parts) {
        return Stream.of(parts).map(String::valueOf).toArray(String[]::new);
    }

    private static JsonNode json(Cli.Run run) throws IOException {
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("kumo").asText()).isEqualTo(Batch.TYPE);
        return doc;
    }

    // ---------------------------------------------------------------- all the examples in one run

    @Test
    void theExamplesDirectoryInOneRunAsText() throws IOException {
        Map<String, Verdict> expected = expectations();
        Path examples = Cli.docs().resolve("examples");

        Cli.Run run = Cli.run("assess", examples.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as("prohibited examples are among them").isEqualTo(ExitCodes.PROHIBITED);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(expected.size() + 2 + Batch.SEVERITY.size() + 1);
        int i = 0;
        for (Map.Entry<String, Verdict> e : expected.entrySet()) {
            assertThat(lines.get(i++)).as(e.getKey())
                    .startsWith(examples.resolve(e.getKey()) + ":")
                    .containsPattern("（" + e.getValue().name() + "）、次の判定に進むための対応: \\d+件$");
        }
        assertThat(lines.get(i++)).isEmpty();
        assertThat(lines.get(i++)).isEqualTo("集計（" + expected.size() + "件）");
        for (Map.Entry<Verdict, Integer> count : counts(expected).entrySet()) {
            assertThat(lines.get(i++)).startsWith("  ").endsWith("（" + count.getKey().name() + "）: " + count.getValue() + "件");
        }
        assertThat(lines.get(i)).isEqualTo("  入力の誤り（ERROR）: 0件");
        // the verdicts line up
        assertThat(lines.subList(0, expected.size()).stream().map(l -> l.replaceFirst("^(\\S+:\\s+).*", "$1").length())
                .distinct()).hasSize(1);
    }

    /** The count on each line is the one the full report gives under "what moves the assessment past its verdict". */
    @Test
    void eachLineCountsTheActionsTheFullReportLeadsWith() throws IOException {
        Pattern now = Pattern.compile("▶ 次の判定に進むために必要な対応 — .*（([A-Z_]+)）から進むには（(\\d+)件）");
        Map<String, Verdict> expected = expectations();
        List<Object> files = new ArrayList<>(List.of("assess"));
        expected.keySet().forEach(f -> files.add(Cli.example(f)));

        List<String> lines = Cli.run(args(files.toArray())).out().lines().toList();

        int i = 0;
        for (Map.Entry<String, Verdict> e : expected.entrySet()) {
            String report = Cli.run("assess", Cli.example(e.getKey()).toString()).out();
            Matcher m = now.matcher(report);
            int count = m.find() && m.group(1).equals(e.getValue().name()) ? Integer.parseInt(m.group(2)) : 0;
            assertThat(lines.get(i++)).as(e.getKey()).endsWith("次の判定に進むための対応: " + count + "件");
        }
        assertThat(String.join("\n", lines)).contains(CONDITIONAL + ": ").containsPattern(
                Pattern.quote(Cli.example("lgwan-asp-document-management.json").toString()) + ": +条件付きで利用可（CONDITIONAL）、次の判定に進むための対応: 12件");
    }

    @Test
    void quietPrintsOnlyTheLineOfEachFileInEnglishToo() throws IOException {
        Map<String, Verdict> expected = expectations();

        Cli.Run run = Cli.run("assess", "--quiet", "--lang", "en", Cli.docs().resolve("examples").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROHIBITED);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<String, Verdict> e : expected.entrySet()) {
            assertThat(lines.get(i++)).startsWith(Cli.example(e.getKey()) + ":")
                    .containsPattern(" \\(" + e.getValue().name() + "\\), actions to move past it: \\d+$");
        }
    }

    @Test
    void theExamplesInOneRunAsOneJsonDocument() throws IOException {
        Map<String, Verdict> expected = expectations();
        List<Object> argv = new ArrayList<>(List.of("assess", "--format", "json"));
        expected.keySet().forEach(f -> argv.add(Cli.example(f)));

        Cli.Run run = Cli.run(args(argv.toArray()));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROHIBITED);
        JsonNode doc = json(run);
        assertThat(doc.path("results")).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<String, Verdict> e : expected.entrySet()) {
            JsonNode entry = doc.path("results").get(i++);
            assertThat(entry.path("file").asText()).isEqualTo(Cli.example(e.getKey()).toString());
            assertThat(entry.path("verdict").asText()).as(e.getKey()).isEqualTo(e.getValue().name());
            assertThat(entry.path("result").path("kumo").asText()).isEqualTo(CompactResultDocument.TYPE);
            assertThat(entry.path("result").path("verdict").asText()).isEqualTo(e.getValue().name());
            assertThat(entry.has("error")).isFalse();
        }
        Map<String, Integer> summary = new TreeMap<>();
        counts(expected).forEach((v, n) -> summary.put(v.name(), n));
        summary.put("ERROR", 0);
        assertThat(JSON.convertValue(doc.path("summary"), Map.class)).isEqualTo(summary);
    }

    /**
     * Written piece by piece, the batch document is still exactly what Documents.write gives for the whole
     * document, and each entry's result is the document {@code kumo assess --format json|json-full FILE} prints.
     */
    @ParameterizedTest
    @ValueSource(strings = {"json", "json-full"})
    void theStreamedDocumentIsTheWholeDocumentAsDocumentsWritesIt(String format) throws IOException {
        Map<String, Verdict> expected = expectations();
        List<Object> argv = new ArrayList<>(List.of("assess", "--format=" + format, "--lang=en"));
        List<BatchJson.Entry> entries = new ArrayList<>();
        for (String file : expected.keySet()) {
            String path = Cli.example(file).toString();
            argv.add(path);
            String single = Cli.run("assess", "--format", format, "--lang", "en", path).out();
            if (format.equals("json")) {
                CompactResultDocument compact = Cli.compact(single);
                entries.add(new BatchJson.Assessed(path, compact.verdict(), compact));
            } else {
                AssessmentResultDocument full = Cli.DOCUMENTS.readResult(single);
                entries.add(new BatchJson.Assessed(path, full.verdict().code(), full));
            }
        }
        Map<String, Integer> summary = new TreeMap<>();
        counts(expected).forEach((v, n) -> summary.put(v.name(), n));
        summary.put("ERROR", 0);

        Cli.Run run = Cli.run(args(argv.toArray()));

        String whole = Cli.DOCUMENTS.write(new BatchJson.Document(Batch.TYPE, entries, summary));
        assertThat(run.out()).startsWith("{\n  \"kumo\": \"assessment-batch/1\",\n  \"results\": [\n    {\n      \"file\": ")
                .isEqualTo(whole + System.lineSeparator());
    }

    // ---------------------------------------------------------------- bad input does not stop the batch

    @Test
    void aFileWithBadInputIsReportedAndTheBatchGoesOn() throws IOException {
        Path dir = tmp.resolve("mixed");
        Path good = copy(CONDITIONAL, dir.resolve("a-conditional.json"));
        Path broken = write(dir.resolve("b-broken.json"), "{\"kumo\": \"assessment-request/1\",\n \"system\": {\n");
        Path invalid = write(dir.resolve("c-invalid.json"), "{\"kumo\": \"assessment-request/1\", \"system\": {\"toleratedOutageHours\": -1},"
                + " \"service\": {\"security\": {\"logRetentionDays\": -3}}}");
        Path prohibited = copy(PROHIBITED, dir.resolve("d-prohibited.json"));
        Path missing = dir.resolve("e-missing.json");

        Cli.Run run = Cli.run(args("assess", good, broken, invalid, prohibited, missing));

        assertThat(run.exitCode()).as("bad input wins over every verdict").isEqualTo(ExitCodes.BAD_INPUT);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5 + 2 + 7);
        assertThat(lines.get(0)).startsWith(good + ":").contains("条件付きで利用可（CONDITIONAL）、次の判定に進むための対応: 1件");
        assertThat(lines.get(1)).startsWith(broken + ":").endsWith("入力の誤り（ERROR）、詳細は標準エラー出力");
        assertThat(lines.get(2)).startsWith(invalid + ":").endsWith("入力の誤り（ERROR）、詳細は標準エラー出力");
        assertThat(lines.get(3)).startsWith(prohibited + ":").contains("利用禁止（PROHIBITED）");
        assertThat(lines.get(4)).startsWith(missing + ":").endsWith("入力の誤り（ERROR）、詳細は標準エラー出力");
        assertThat(run.out()).contains("集計（5件）", "（PROHIBITED）: 1件", "（CONDITIONAL）: 1件", "（ELIGIBLE）: 0件",
                "  入力の誤り（ERROR）: 3件");
        // each problem on standard error, as for a single file: the file, then every JSON path
        assertThat(run.err()).containsSubsequence(
                "kumo: エラー: " + broken + ": 評価依頼に誤りがあります（1件）。", "  $.system: ", "JSONが途中で終わっています",
                "kumo: エラー: " + invalid + ": 評価依頼に誤りがあります（2件）。",
                "  $.service.security.logRetentionDays: 0以上でなければなりません（指定値：-3）",
                "  $.system.toleratedOutageHours: 0以上でなければなりません",
                "kumo: エラー: " + missing + ": ファイルが見つかりません。");
        BadInputTest.assertNoStackTrace(run);
    }

    @Test
    void theProblemsFollowTheLanguage() throws IOException {
        Path good = copy(ELIGIBLE, tmp.resolve("en").resolve("good.json"));
        Path invalid = write(tmp.resolve("en").resolve("invalid.json"),
                "{\"kumo\": \"assessment-request/1\", \"system\": {\"users\": \"staff\"}, \"service\": {}}");

        Cli.Run run = Cli.run(args("assess", "--lang", "en", "-q", good, invalid));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out().lines()).hasSize(2).last().asString()
                .startsWith(invalid + ":").endsWith("bad input (ERROR), details on standard error");
        assertThat(run.err()).startsWith("kumo: error: " + invalid + ": the assessment request is invalid (1 problem(s)).")
                .contains("  $.system.users: \"staff\" is not allowed here");
    }

    @Test
    void inJsonEachBadFileIsAnEntryWithItsViolations() throws IOException {
        Path dir = tmp.resolve("mixed-json");
        Path good = copy(ELIGIBLE, dir.resolve("a-good.json"));
        Path invalid = write(dir.resolve("b-invalid.json"), "{\"kumo\": \"assessment-request/1\", \"system\": {\"toleratedOutageHours\": -1},"
                + " \"service\": {\"security\": {\"logRetentionDays\": -3}}}");
        Path broken = write(dir.resolve("c-broken.json"), "kumo please");
        Path missing = dir.resolve("d-missing.json");

        Cli.Run run = Cli.run(args("assess", "--format", "json", good, invalid, broken, missing));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).as("in json, the problems are in the document").isEmpty();
        JsonNode results = json(run).path("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).path("verdict").asText()).isEqualTo("ELIGIBLE");
        assertThat(results.get(0).path("result").path("verdict").asText()).isEqualTo("ELIGIBLE");

        JsonNode two = results.get(1);
        assertThat(two.path("file").asText()).isEqualTo(invalid.toString());
        assertThat(two.has("result")).isFalse();
        assertThat(two.has("verdict")).isFalse();
        JsonNode violations = two.path("error").path("violations");
        assertThat(violations).hasSize(2);
        assertThat(violations.get(0).path("path").asText()).isEqualTo("$.service.security.logRetentionDays");
        assertThat(violations.get(0).path("code").asText()).isNotBlank();
        assertThat(violations.get(0).path("message").path("ja").asText()).startsWith("0以上でなければなりません");
        assertThat(violations.get(0).path("message").path("en").asText()).startsWith("must be zero or more");
        assertThat(violations.get(1).path("path").asText()).isEqualTo("$.system.toleratedOutageHours");

        assertThat(results.get(2).path("error").path("violations").get(0).path("path").asText()).isEqualTo("$");
        assertThat(results.get(2).path("error").path("violations").get(0).path("message").path("ja").asText())
                .contains("JSONの書式に誤りがあります");

        JsonNode notFound = results.get(3).path("error").path("violations").get(0);
        assertThat(notFound.path("path").asText()).isEqualTo("$");
        assertThat(notFound.path("code").asText()).isEqualTo("fileNotFound");
        assertThat(notFound.path("message").path("ja").asText()).isEqualTo(missing + ": ファイルが見つかりません。");
        assertThat(notFound.path("message").path("en").asText()).isEqualTo(missing + ": file not found.");

        assertThat(json(run).path("summary").path("ERROR").asInt()).isEqualTo(3);
        assertThat(json(run).path("summary").path("ELIGIBLE").asInt()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- directories

    @Test
    void aDirectoryIsEveryJsonFileDirectlyInsideSortedByName() throws IOException {
        Path dir = tmp.resolve("requests");
        copy(PROHIBITED, dir.resolve("b.json"));
        copy(ELIGIBLE, dir.resolve("a.json"));
        copy(CONDITIONAL, dir.resolve("sub").resolve("c.json"));   // not directly inside
        copy(CONDITIONAL, dir.resolve(".draft.json"));             // hidden
        write(dir.resolve("notes.txt"), "not a request");
        Path extra = copy(OUT_OF_SCOPE, tmp.resolve("extra.json"));

        Cli.Run run = Cli.run(args("assess", "--quiet", dir, extra));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROHIBITED);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(dir.resolve("a.json") + ":").contains("（ELIGIBLE）");
        assertThat(lines.get(1)).startsWith(dir.resolve("b.json") + ":").contains("（PROHIBITED）");
        assertThat(lines.get(2)).startsWith(extra + ":").contains("（OUT_OF_SCOPE）");
    }

    @Test
    void aDirectoryWithOneFileIsStillABatch() throws IOException {
        Path dir = tmp.resolve("single");
        copy(ELIGIBLE, dir.resolve("only.json"));

        Cli.Run text = Cli.run("assess", dir.toString());
        Cli.Run json = Cli.run("assess", "--format", "json", dir.toString());

        assertThat(text.exitCode()).isEqualTo(ExitCodes.ELIGIBLE);
        assertThat(text.out()).startsWith(dir.resolve("only.json") + ": 利用可（ELIGIBLE）").contains("集計（1件）")
                .doesNotContain("kumo 評価結果");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.ELIGIBLE);
        assertThat(json(json).path("results")).hasSize(1);
    }

    @Test
    void anEmptyDirectoryExitsTwoWithAClearMessage() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        write(empty.resolve("readme.txt"), "no requests here");
        Files.createDirectories(empty.resolve("sub"));

        Cli.Run ja = Cli.run("assess", empty.toString());
        Cli.Run en = Cli.run("assess", "--lang", "en", empty.toString());
        Cli.Run json = Cli.run("assess", "--format", "json", empty.toString());

        assertThat(ja.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ja.err()).isEqualTo("kumo: エラー: " + empty + ": ディレクトリに *.json ファイルがありません。" + System.lineSeparator());
        assertThat(ja.out()).startsWith(empty + ": 入力の誤り（ERROR）").contains("  入力の誤り（ERROR）: 1件");
        assertThat(en.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(en.err()).contains(empty + ": the directory holds no *.json file.");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode problem = json(json).path("results").get(0).path("error").path("violations").get(0);
        assertThat(problem.path("code").asText()).isEqualTo("noJsonFiles");
        assertThat(problem.path("message").path("en").asText()).isEqualTo(empty + ": the directory holds no *.json file.");
        BadInputTest.assertNoStackTrace(ja);
    }

    @Test
    void anEmptyDirectoryAmongOthersIsOneBadInput() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty-too"));

        Cli.Run run = Cli.run(args("assess", "-q", Cli.example(ELIGIBLE), empty));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err()).contains("ディレクトリに *.json ファイルがありません");
    }

    // ---------------------------------------------------------------- standard input

    static Stream<Arguments> standardInputWithOthers() {
        String ok = Cli.example(ELIGIBLE).toString();
        String dir = Cli.docs().resolve("examples").toString();
        return Stream.of(
                Arguments.of(new String[] {"assess", "-", ok}, "kumo: エラー: - （標準入力）は他のファイルやディレクトリと一緒には指定できません。"),
                Arguments.of(new String[] {"assess", ok, "-"}, "kumo: エラー: - （標準入力）は"),
                Arguments.of(new String[] {"assess", dir, "-"}, "kumo: エラー: - （標準入力）は"),
                Arguments.of(new String[] {"assess", "-", "-"}, "kumo: エラー: - （標準入力）は"),
                Arguments.of(new String[] {"assess", "--format", "json", "--lang", "en", "-", ok},
                        "kumo: error: - (standard input) cannot be combined with other files or directories"));
    }

    @ParameterizedTest(name = "kumo {0}")
    @MethodSource("standardInputWithOthers")
    void standardInputCannotBeMixedWithFiles(String[] args, String message) throws IOException {
        String json = Files.readString(Cli.example(CONDITIONAL), StandardCharsets.UTF_8);

        Cli.Run run = Cli.withStdin(json, args);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).as("nothing is assessed").isEmpty();
        assertThat(run.err()).startsWith(message).contains("kumo assess --help");
        BadInputTest.assertNoStackTrace(run);
    }

    // ---------------------------------------------------------------- exit code, date, errors, help

    static Stream<Arguments> mostSevereVerdictWins() {
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < Batch.SEVERITY.size(); i++) {
            cases.add(Arguments.of(Batch.SEVERITY.get(i), Batch.SEVERITY.subList(i, Batch.SEVERITY.size())));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} → {0}")
    @MethodSource("mostSevereVerdictWins")
    void theExitCodeIsTheMostSevereVerdictsUnlessAnInputWasBad(Verdict worst, List<Verdict> found) {
        Batch.Tally tally = new Batch.Tally();
        for (int i = found.size() - 1; i >= 0; i--) {
            tally.add(found.get(i));
        }
        assertThat(tally.exitCode()).isEqualTo(ExitCodes.of(worst));
        tally.error();
        assertThat(tally.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void outOfScopeIsLessSevereThanConditionalButMoreThanEligible() {
        Cli.Run scopeAndEligible = Cli.run(args("assess", "-q", Cli.example(ELIGIBLE), Cli.example(OUT_OF_SCOPE)));
        Cli.Run scopeAndConditional = Cli.run(args("assess", "-q", Cli.example(OUT_OF_SCOPE), Cli.example(CONDITIONAL)));
        Cli.Run twoEligible = Cli.run(args("assess", "-q", Cli.example(ELIGIBLE), Cli.example(ELIGIBLE)));

        assertThat(scopeAndEligible.exitCode()).isEqualTo(ExitCodes.OUT_OF_SCOPE);
        assertThat(scopeAndConditional.exitCode()).isEqualTo(ExitCodes.CONDITIONAL);
        assertThat(twoEligible.exitCode()).isEqualTo(ExitCodes.ELIGIBLE);
        assertThat(twoEligible.out().lines()).hasSize(2);
    }

    @Test
    void theDateOptionAppliesToEveryFile() throws IOException {
        Cli.Run run = Cli.run(args("assess", "--format", "json", "--date", "2027-04-01",
                Cli.example(CONDITIONAL), Cli.example("expired-certificate.json")));

        for (JsonNode entry : json(run).path("results")) {
            assertThat(LocalDate.parse(entry.path("result").path("assessmentDate").asText())).isEqualTo(LocalDate.of(2027, 4, 1));
        }
    }

    @Test
    void anInternalErrorStopsTheBatchWithExitOneNamingTheFile() {
        AssessUseCase broken = new BrokenAssessor();
        String file = Cli.example(ELIGIBLE).toString();

        Cli.Run run = Cli.run(Cli.cli(broken, null), "",
                "assess", file, Cli.example(CONDITIONAL).toString());
        Cli.Run debug = Cli.run(Cli.cli(broken, null), "",
                "assess", "--debug", file, Cli.example(CONDITIONAL).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).startsWith("kumo: エラー: 内部エラーが発生しました（入力ではなく kumo の不具合です）。")
                .doesNotContain("at kumo.", "the assessor fell over");
        assertThat(debug.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(debug.err()).startsWith("kumo: エラー: 内部エラーが発生しました: " + file + ": the assessor fell over");
    }

    @Test
    void helpAndDocsStateTheBatchExitCode() throws IOException {
        Cli.Run help = Cli.run("assess", "--help");
        Cli.Run helpEn = Cli.run("assess", "--help", "--lang", "en");
        String doc = Files.readString(Cli.docs().resolve("cli.md"), StandardCharsets.UTF_8);

        assertThat(help.out()).contains("FILE...", "複数ファイル（又はディレクトリ）の終了コード", "入力の誤りが1件でもあれば 2",
                "  PROHIBITED (40) > NOT_ELIGIBLE (30) > INCOMPLETE (20) > CONDITIONAL (10)\n  > OUT_OF_SCOPE (3) > ELIGIBLE (0)。");
        assertThat(helpEn.out()).contains("FILE...", "Exit code of a batch", "2 if any input was bad",
                "  PROHIBITED (40) > NOT_ELIGIBLE (30) > INCOMPLETE (20) > CONDITIONAL (10)\n  > OUT_OF_SCOPE (3) > ELIGIBLE (0).");
        assertThat(doc).contains("kumo assess FILE|DIR [FILE|DIR...]", "assessment-batch/1",
                "`PROHIBITED` (40) > `NOT_ELIGIBLE` (30) > `INCOMPLETE` (20) > `CONDITIONAL` (10) > `OUT_OF_SCOPE` (3) > `ELIGIBLE` (0)");
    }
}
