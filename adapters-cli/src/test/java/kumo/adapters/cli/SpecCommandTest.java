package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo spec}: each format's success path, and bad input (exit 2, the field or file named, nothing written). */
class SpecCommandTest {

    private static final String VIDEO = "video-surveillance-storage.json";
    private static final String NO_SERVICE = "{\"kumo\": \"assessment-request/2\", \"system\": {\"name\": \"窓口予約システム\","
            + " \"classification\": {\"scheme\": \"THREE_LEVEL_2020\", \"confidentiality\": \"C2\"}}}";

    @TempDir
    Path dir;

    @Test
    void markdownGoesToStandardOutputInJapaneseByDefault() {
        Cli.Run run = Cli.run("spec", Cli.example(VIDEO).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ELIGIBLE);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# クラウドサービス調達仕様書（非機能要件）")
                .containsSubsequence("## 1. 利用条件", "### 1.2 サポートに関する条件【推奨事項】", "**クラウドサポートレベル**",
                        "## 別紙 クラウドサービス要件", "| 区分 | 要件 | 根拠 |", "## 根拠条項")
                .contains("ISO/IEC 27017：2015 認証を取得していること。【推奨事項】");
    }

    @Test
    void aRequestWithoutAServiceIsReadFromStandardInput() {
        Cli.Run run = Cli.withStdin(NO_SERVICE, "spec", "--lang", "en", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ELIGIBLE);
        assertThat(run.out()).startsWith("# Cloud service procurement specification")
                .contains("- **System**: 窓口予約システム", "not decided (the requirements for a public cloud are included)",
                        "Information of the My Number usage domain is not handled on a public cloud.");
    }

    @Test
    void htmlAndWordAreWrittenToNewFiles() throws IOException {
        Path html = dir.resolve("spec.html");
        Cli.Run run = Cli.run("spec", Cli.example(VIDEO).toString(), "--lang", "en", "--format", "html", "--out", html.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ELIGIBLE);
        assertThat(run.out()).isEqualTo("Wrote the procurement specification (html) to " + html + ".\n");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<caption>Cloud support levels</caption>");

        Path docx = dir.resolve("仕様書.docx");
        run = Cli.run("spec", Cli.example(VIDEO).toString(), "--format", "docx", "--out", docx.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ELIGIBLE);
        assertThat(run.out()).contains("調達仕様書（docx）を " + docx + " に書き出しました。");
        byte[] bytes = Files.readAllBytes(docx);
        assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK"); // an OOXML package
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no temporary file left behind").isEqualTo(2);
        }
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path existing = dir.resolve("spec.md");
        Files.writeString(existing, "the city's own edits");

        Cli.Run run = Cli.run("spec", Cli.example(VIDEO).toString(), "--out", existing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("「" + existing + "」は既に存在します");
        assertThat(Files.readString(existing)).isEqualTo("the city's own edits");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void wordNeedsOutAndAnUnknownFormatIsNamed() {
        Cli.Run docx = Cli.run("spec", Cli.example(VIDEO).toString(), "--format", "docx");
        assertThat(docx.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(docx.err()).contains("--format docx には --out FILE を指定してください").doesNotContain("Exception");
        assertThat(docx.out()).isEmpty();

        Cli.Run pdf = Cli.run("spec", Cli.example(VIDEO).toString(), "--format", "pdf", "--lang", "en");
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(pdf.err()).contains("Invalid value for --format: 'pdf'. Use md, html or docx.");
    }

    @Test
    void aBadRequestNamesTheFieldAndAMissingFileItsName() {
        Cli.Run noSystem = Cli.withStdin("{\"kumo\": \"assessment-request/1\", \"service\": {}}", "spec", "-");
        assertThat(noSystem.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noSystem.err()).contains("$.system").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(noSystem.out()).isEmpty();

        Cli.Run badDeployment = Cli.withStdin(NO_SERVICE.replace("}}}", "}}, \"service\": {\"deployment\": \"CLOUD9\"}}"),
                "spec", "-");
        assertThat(badDeployment.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badDeployment.err()).contains("$.service.deployment");

        Cli.Run missing = Cli.run("spec", dir.resolve("nothing.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("nothing.json: ファイルが見つかりません。");

        Cli.Run lang = Cli.run("spec", Cli.example(VIDEO).toString(), "--lang", "fr");
        assertThat(lang.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
