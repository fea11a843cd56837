package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input exits 2 with a clear message naming the file and the JSON path; never a stack trace. */
class BadInputTest {

    @TempDir
    static Path dir;

    private static Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> badDocuments() throws IOException {
        return Stream.of(
                Arguments.of("invalid JSON", file("broken.json", "{\"kumo\": \"assessment-request/1\",\n \"system\": {\n"),
                        "$.system", "JSONが途中で終わっています"),
                Arguments.of("not JSON at all", file("text.json", "kumo please"), "$", "JSONの書式に誤りがあります"),
                Arguments.of("empty file", file("empty.json", ""), "$", "文書が空です"),
                Arguments.of("unknown field", file("unknown.json",
                        "{\"kumo\": \"assessment-request/1\", \"system\": {\"colour\": \"blue\"}, \"service\": {}}"),
                        "$.system.colour", "項目 \"colour\" はこの文書形式にありません"),
                Arguments.of("wrong type", file("type.json",
                        "{\"kumo\": \"assessment-request/1\", \"system\": {\"toleratedOutageHours\": \"soon\"}, \"service\": {}}"),
                        "$.system.toleratedOutageHours", "型が違います"),
                Arguments.of("bad enum", file("enum.json",
                        "{\"kumo\": \"assessment-request/1\", \"system\": {\"users\": \"staff\"}, \"service\": {}}"),
                        "$.system.users", "\"staff\" はここでは使えません"),
                Arguments.of("negative value", file("negative.json",
                        "{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {\"security\": {\"logRetentionDays\": -3}}}"),
                        "$.service.security.logRetentionDays", "0以上でなければなりません"),
                Arguments.of("missing required part", file("noservice.json", "{\"kumo\": \"assessment-request/1\", \"system\": {}}"),
                        "$.service", "必須の項目です"),
                Arguments.of("wrong document type", file("type2.json",
                        "{\"kumo\": \"assessment-request/3\", \"system\": {}, \"service\": {}}"), "$.kumo", "assessment-request/1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void anInvalidDocumentNamesTheFileAndEachPath(String what, Path file, String path, String message) {
        Cli.Run run = Cli.run("assess", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("kumo: エラー: " + file + ": 評価依頼に誤りがあります")
                .contains("  " + path + ": ").contains(message);
        assertNoStackTrace(run);
    }

    @Test
    void everyViolationIsListedWithItsPathInEnglishToo() throws IOException {
        Path file = file("several.json", "{\"kumo\": \"assessment-request/1\", \"system\": {\"toleratedOutageHours\": -1},"
                + " \"service\": {\"security\": {\"logRetentionDays\": -3}}}");

        Cli.Run run = Cli.run("assess", "--lang", "en", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("kumo: error: " + file + ": the assessment request is invalid (2 problem(s)).")
                .contains("  $.service.security.logRetentionDays: must be zero or more",
                        "  $.system.toleratedOutageHours: must be zero or more");
        assertNoStackTrace(run);
    }

    @Test
    void standardInputIsNamedAsSuch() {
        Cli.Run run = Cli.withStdin("{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {\"name\": 12}}",
                "assess", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("kumo: エラー: 標準入力: ").contains("$.service.name");
        assertNoStackTrace(run);
    }

    static Stream<Arguments> badCommandLines() {
        String ok = Cli.example("eligible-ismap-iaas.json").toString();
        return Stream.of(
                Arguments.of(new String[] {"assess", "no-such-file.json"}, "no-such-file.json: ファイルが見つかりません"),
                Arguments.of(new String[] {"assess", "--lang", "en", "no-such-file.json"}, "no-such-file.json: file not found"),
                // a directory, or several files, make a batch now (BatchTest); only - cannot be one of several
                Arguments.of(new String[] {"assess", "-", ok}, "- （標準入力）は他のファイルやディレクトリと一緒には指定できません"),
                Arguments.of(new String[] {"assess", "--date", "2026-02-30", ok}, "--date の値「2026-02-30」"),
                Arguments.of(new String[] {"assess", "--date", "28/11/2026", ok}, "YYYY-MM-DD"),
                Arguments.of(new String[] {"assess", "--lang", "en", "--date=tomorrow", ok}, "Invalid value for --date: 'tomorrow'"),
                Arguments.of(new String[] {"assess", "--lang", "fr", ok}, "--lang の値「fr」"),
                Arguments.of(new String[] {"assess", "--format", "xml", ok}, "--format の値「xml」"),
                Arguments.of(new String[] {"assess", "--colour", ok}, "不明なオプション又は引数です: --colour"),
                Arguments.of(new String[] {"assess", "--lang=en", "--colour", ok}, "Unknown option or argument: --colour"),
                Arguments.of(new String[] {"--colour"}, "不明なオプション又は引数です: --colour"),
                Arguments.of(new String[] {"assess", "--lang", "en", ok, "-"}, "- (standard input) cannot be combined"),
                Arguments.of(new String[] {"assess"}, "評価依頼のファイル"),
                Arguments.of(new String[] {"assess", ok, "--lang"}, "--lang の値を指定してください"),
                Arguments.of(new String[] {"examine", ok}, "examine"),
                Arguments.of(new String[] {}, "コマンドを指定してください"));
    }

    @ParameterizedTest(name = "kumo {0}")
    @MethodSource("badCommandLines")
    void aBadCommandLineExitsTwoWithAClearMessage(String[] args, String message) {
        Cli.Run run = Cli.run(args);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message);
        assertNoStackTrace(run);
    }

    static void assertNoStackTrace(Cli.Run run) {
        assertThat(run.all()).doesNotContain("Exception", "at kumo.", "at picocli.", "at java.");
    }
}
