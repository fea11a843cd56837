package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kumo.application.document.LocalizedText;
import kumo.application.records.StoreException;
import kumo.application.records.port.in.StoreSession;

/**
 * The store commands check their command line and read their input before they open the store: every bad
 * option or file exits 2 with a message naming the option (or the file and the JSON path), in the language
 * asked for, and the store is never opened ({@link Cli#UNTOUCHED} fails the test if it is).
 */
class StoreCommandsBadInputTest {

    @TempDir
    static Path dir;

    /** Command line, what the Japanese message must contain, what the English one must contain. */
    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                Arguments.of(List.of("service", "save"), "FILE", "FILE"),
                Arguments.of(List.of("system", "save"), "FILE", "FILE"),
                Arguments.of(List.of("service", "list", "--page", "0"), "--page の値 0 は使えません", "Invalid value for --page: 0"),
                Arguments.of(List.of("service", "list", "--page", "two"), "--page の値「two」", "Invalid value for --page: 'two'"),
                Arguments.of(List.of("system", "list", "--page-size", "1001"), "--page-size の値 1001", "--page-size: 1001. Give 1–1000"),
                Arguments.of(List.of("service", "list", "--format", "xml"), "--format の値「xml」", "Invalid value for --format: 'xml'"),
                Arguments.of(List.of("service", "show"), "ID", "ID"),
                Arguments.of(List.of("system", "show", "S", "--format", "yaml"), "--format の値「yaml」", "--format: 'yaml'. Use one of: text | json"),
                Arguments.of(List.of("service", "save", "x.json", "--expect-version", "0"), "--expect-version の値 0", "--expect-version: 0. Give 1 or more"),
                Arguments.of(List.of("service", "save", "x.json", "--id", " padded "), "--id: キーは", "--id: a key must be"),
                Arguments.of(List.of("service", "save", "x.json", "--actor", " "), "--actor の値", "Invalid value for --actor"),
                Arguments.of(List.of("service", "save", "x.json", "--actor", "a\tb"), "--actor の値", "Invalid value for --actor"),
                Arguments.of(List.of("system", "delete", "S"), "--reason の値を指定してください", "Give a value for --reason"),
                Arguments.of(List.of("system", "delete", "S", "--reason", "   "), "--reason には削除の理由を", "Give --reason"),
                Arguments.of(List.of("system", "delete", "S", "--reason", "r", "--expect-version", "-2"), "--expect-version の値 -2", "--expect-version: -2"),
                Arguments.of(List.of("assessment", "list", "--verdict", "MAYBE"), "--verdict の値「MAYBE」", "Use one of: OUT_OF_SCOPE | PROHIBITED | NOT_ELIGIBLE | INCOMPLETE | CONDITIONAL | ELIGIBLE"),
                Arguments.of(List.of("assessment", "list", "--page", "-1"), "--page の値 -1", "Invalid value for --page: -1"),
                Arguments.of(List.of("assessment", "show", "A", "--format", "pdf"), "--format の値「pdf」", "text | json | request | record"),
                Arguments.of(List.of("assessment", "diff", "A"), "ID2", "ID2"),
                Arguments.of(List.of("assessment", "expiring"), "--within の値を指定してください", "Give a value for --within"),
                Arguments.of(List.of("assessment", "expiring", "--within", "-1"), "--within の値 -1", "Invalid value for --within: -1"),
                Arguments.of(List.of("assessment", "expiring", "--within", "soon"), "--within の値「soon」", "Invalid value for --within: 'soon'"),
                Arguments.of(List.of("audit", "list", "--limit", "0"), "--limit の値 0", "Invalid value for --limit: 0"),
                Arguments.of(List.of("audit", "list", "--from", "0"), "--from の値 0", "Invalid value for --from: 0"),
                Arguments.of(List.of("audit", "verify", "--colour"), "不明なオプション又は引数です: --colour", "Unknown option or argument: --colour"),
                Arguments.of(List.of("store", "export"), "FILE|-", "FILE|-"),
                Arguments.of(List.of("assess", example(), "--system-id", "S"), "--system-id は --record と共にだけ", "--system-id works only together with --record"),
                Arguments.of(List.of("assess", example(), "--store", "x.db"), "--store は --record と共にだけ", "--store works only together with --record"),
                Arguments.of(List.of("assess", example(), example(), "--record", "--system-id", "S"), "--system-id は1つのファイル", "--system-id works with one file only"),
                Arguments.of(List.of("assess", example(), example(), "--record", "--service-id", "S"), "--service-id は1つのファイル", "--service-id works with one file only"),
                Arguments.of(List.of("assess", examples(), "--record", "--system-id", "S"), "--system-id は1つのファイル", "--system-id works with one file only"),
                Arguments.of(List.of("assess", examples(), "--record", "--actor", " "), "--actor の値", "Invalid value for --actor"),
                Arguments.of(List.of("assess", examples(), "--actor", "x"), "--actor は --record と共にだけ", "--actor works only together with --record"),
                Arguments.of(List.of("system", "history"), "ID", "ID"),
                Arguments.of(List.of("system", "history", "S", "--format", "csv"), "--format の値「csv」", "--format: 'csv'. Use one of: text | json"),
                Arguments.of(List.of("system", "history", "S", "--page", "2"), "不明なオプション又は引数です: --page", "Unknown option or argument: --page"),
                Arguments.of(List.of("audit", "list", "--limit", "1001"), "--limit の値 1001", "Invalid value for --limit: 1001. Give 1–1000"),
                Arguments.of(List.of("assess", example(), "--record", "--service-id", ""), "--service-id: キーは", "--service-id: a key must be"),
                Arguments.of(List.of("service"), "kumo service の後にコマンドを指定してください", "Give a command after kumo service"),
                Arguments.of(List.of("audit"), "kumo audit の後に", "Give a command after kumo audit"));
    }

    private static String examples() {
        return Cli.docs().resolve("examples").toString();
    }

    private static String example() {
        return Cli.example("eligible-ismap-iaas.json").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void aBadCommandLineExitsTwoNamingTheOptionWithoutOpeningTheStore(List<String> args, String ja, String en) {
        Cli.Run japanese = Cli.untouched(args.toArray(String[]::new));
        List<String> english = new ArrayList<>(args);
        english.add("--lang=en");
        Cli.Run inEnglish = Cli.untouched(english.toArray(String[]::new));

        assertThat(japanese.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(japanese.out()).isEmpty();
        assertThat(japanese.err()).startsWith("kumo: エラー: ").contains(ja);
        assertThat(inEnglish.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(inEnglish.err()).startsWith("kumo: error: ").contains(en);
        BadInputTest.assertNoStackTrace(japanese);
        BadInputTest.assertNoStackTrace(inEnglish);
    }

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                Arguments.of("service", "not JSON", "{\"name\": \"x\",\n \"provider\": ", "$", "JSON が途中で終わっています（2行"),
                Arguments.of("service", "malformed", "{\"name\" \"x\"}", "$", "JSON の書式に誤りがあります（1行"),
                Arguments.of("service", "empty", "  ", "$", "文書が空です"),
                Arguments.of("service", "an array", "[]", "$", "JSON のオブジェクトでなければなりません"),
                Arguments.of("service", "wrong type in a bare profile", "{\"name\": 12}", "$.name", "型が違います"),
                Arguments.of("service", "unknown field in a bare profile", "{\"colour\": \"blue\"}", "$.colour", "項目 \"colour\" はこの文書形式にありません"),
                Arguments.of("system", "bad enum in a bare system", "{\"users\": \"staff\"}", "$.users", "\"staff\" はここでは使えません"),
                Arguments.of("service", "negative value deep inside", "{\"security\": {\"logRetentionDays\": -3}}",
                        "$.security.logRetentionDays", "0以上でなければなりません"),
                Arguments.of("service", "a system record given to service save",
                        "{\"kumo\": \"system-record/1\", \"id\": \"S\", \"version\": 1, \"profile\": {}}", "$.kumo", "service-record/1"),
                Arguments.of("service", "version 0 in a record", "{\"kumo\": \"service-record/1\", \"version\": 0, \"profile\": {}}",
                        "$.version", "1 以上の整数"),
                Arguments.of("service", "version as text", "{\"kumo\": \"service-record/1\", \"version\": \"2\", \"profile\": {}}",
                        "$.version", "1 以上の整数"),
                Arguments.of("service", "id as a number", "{\"kumo\": \"service-record/1\", \"id\": 7, \"profile\": {}}",
                        "$.id", "文字列でなければなりません"),
                Arguments.of("service", "no profile in a record", "{\"kumo\": \"service-record/1\", \"id\": \"S\"}",
                        "$.profile", "必須の項目です"),
                Arguments.of("service", "unknown field in a record", "{\"kumo\": \"service-record/1\", \"profile\": {}, \"etag\": 1}",
                        "$.etag", "項目 \"etag\" はこの文書形式にありません"),
                Arguments.of("service", "bad profile inside a record",
                        "{\"kumo\": \"service-record/1\", \"profile\": {\"ismapRegistrations\": [{\"validUntil\": \"someday\"}]}}",
                        "$.profile.ismapRegistrations[0].validUntil", "someday"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badProfiles")
    void aBadProfileFileNamesTheFileAndThePathWithoutOpeningTheStore(String kind, String what, String content, String path,
            String message) throws IOException {
        Path file = Files.writeString(dir.resolve(what.replace(' ', '-') + ".json"), content, StandardCharsets.UTF_8);

        Cli.Run run = Cli.untouched(kind, "save", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("kumo: エラー: " + file + ": 内容に誤りがあります")
                .contains("  " + path + ": ").contains(message);
        BadInputTest.assertNoStackTrace(run);
    }

    @Test
    void aProfileProblemIsExplainedInEnglishToo() throws IOException {
        Path file = Files.writeString(dir.resolve("english.json"),
                "{\"kumo\": \"service-record/1\", \"version\": 0, \"profile\": {\"name\": false}}", StandardCharsets.UTF_8);

        Cli.Run run = Cli.untouched("service", "save", "--lang", "en", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("kumo: error: " + file + ": the document is invalid (1 problem(s)).")
                .contains("  $.version: must be a whole number, 1 or more");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere.json");

        Cli.Run save = Cli.untouched("service", "save", missing.toString());
        Cli.Run restore = Cli.untouched("store", "import", "--lang", "en", missing.toString());

        assertThat(save.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(save.err()).isEqualTo("kumo: エラー: " + missing + ": ファイルが見つかりません。" + System.lineSeparator());
        assertThat(restore.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(restore.err()).contains(missing + ": file not found.");
    }

    @Test
    void exportAndBackupNeverOverwriteAFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("keep.json"), "precious", StandardCharsets.UTF_8);

        Cli.Run export = Cli.untouched("store", "export", existing.toString());
        Cli.Run backup = Cli.untouched("store", "backup", "--lang", "en", existing.toString());
        Cli.Run noFolder = Cli.untouched("store", "backup", dir.resolve("no/such/folder/kumo.db").toString());

        assertThat(export.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(export.err()).contains("「" + existing + "」は既に存在します");
        assertThat(backup.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(backup.err()).contains("\"" + existing + "\" exists already (a link counts too). Nothing is overwritten");
        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noFolder.err()).contains("の置き場所のフォルダーがありません");
        assertThat(Files.readString(existing, StandardCharsets.UTF_8)).isEqualTo("precious");
    }

    @Test
    void aBadLangIsReportedInBothLanguages() {
        Cli.Run run = Cli.untouched("service", "list", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--lang の値「fr」は使えません", "Invalid value for --lang: 'fr'");
    }

    @Test
    void theStoreComesFromTheOptionElseTheConfiguredOne() {
        List<String> asked = new ArrayList<>();
        StoreException unreachable = new StoreException(StoreException.Reason.UNAVAILABLE,
                new LocalizedText("保存先に接続できません。", "Cannot reach the store."));
        StoreSession.Sessions stores = Cli.failing(asked, unreachable);

        Cli.Run option = Cli.run(Cli.cli(Cli.ASSESS, stores), "",
                "service", "list", "--store", "jdbc:postgresql://db.example/kumo");
        Cli.Run configured = Cli.run(Cli.cli(Cli.ASSESS, stores), "", "audit", "verify", "--lang", "en");
        Cli.Run expiring = Cli.run(Cli.cli(Cli.ASSESS, stores), "", "assessment", "expiring", "--within", "30");

        assertThat(asked).containsExactly("jdbc:postgresql://db.example/kumo", Cli.CONFIGURED, Cli.CONFIGURED);
        assertThat(option.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        assertThat(option.err()).startsWith("kumo: エラー: 保存先に接続できません。")
                .contains("保存先: jdbc:postgresql://db.example/kumo");
        assertThat(configured.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        assertThat(configured.err()).startsWith("kumo: error: Cannot reach the store.")
                .contains("Store: " + Cli.CONFIGURED);
        assertThat(expiring.exitCode()).isEqualTo(ExitCodes.STORE_UNUSABLE);
        BadInputTest.assertNoStackTrace(option);
    }

    @Test
    void withoutAStoreTheStoreCommandsAreAnInternalError() {
        Cli.Run run = Cli.run("service", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).startsWith("kumo: エラー: 内部エラーが発生しました");
    }

    @Test
    void helpListsTheStoreCommandsAndTheirExitCodes() {
        Cli.Run root = Cli.untouched("--help");
        Cli.Run save = Cli.untouched("service", "save", "--help");
        Cli.Run group = Cli.untouched("help", "assessment");

        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("service", "system", "assessment", "store", "audit");
        assertThat(save.exitCode()).isZero();
        assertThat(save.out()).contains("使い方: kumo service save", "--expect-version", "--store", "--actor",
                "クラウドサービスを登録又は更新します", "終了コード:");
        for (int code : ExitCodes.LISTED) {
            assertThat(save.out()).containsPattern("(?m)^  " + code + " +\\S");
        }
        assertThat(group.exitCode()).isZero();
        assertThat(group.out()).contains("list", "show", "diff", "expiring");
    }
}
