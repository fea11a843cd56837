package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import kumo.application.assess.AssessUseCase;
import kumo.domain.catalogue.Language;

class ErrorsAndHelpTest {

    private static final AssessUseCase BROKEN = new BrokenAssessor();

    private static Cli.Run runBroken(String... args) {
        return Cli.run(Cli.cli(BROKEN, null), "", args);
    }

    @Test
    void anInternalErrorExitsOneWithTheMessageOnly() {
        Cli.Run run = runBroken("assess", Cli.example("eligible-ismap-iaas.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("kumo: エラー: 内部エラーが発生しました（入力ではなく kumo の不具合です）。")
                .contains("--debug")
                .doesNotContain("at kumo.", "IllegalStateException", "the assessor fell over");
    }

    @Test
    void withDebugTheStackTraceIsShown() {
        Cli.Run before = runBroken("--debug", "assess", Cli.example("eligible-ismap-iaas.json").toString());
        Cli.Run after = runBroken("assess", "--debug", "--lang", "en", Cli.example("eligible-ismap-iaas.json").toString());

        assertThat(before.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(before.err()).contains("IllegalStateException: the assessor fell over", "at kumo.");
        assertThat(after.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(after.err()).startsWith("kumo: error: Internal error: the assessor fell over").contains("at kumo.");
    }

    @Test
    void helpSpeaksJapaneseByDefaultWithTheExitCodes() {
        Cli.Run root = Cli.run("--help");
        Cli.Run assess = Cli.run("assess", "--help");
        Cli.Run helpAssess = Cli.run("help", "assess");

        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("使い方: kumo", "assess", "神戸市のクラウドサービス利用", "コマンド:", "終了コード:")
                .doesNotContain("Usage:", "Tells whether", "Options:", "Commands:", "Exit codes");
        assertThat(assess.exitCode()).isZero();
        assertThat(assess.out()).contains("使い方: kumo assess", "FILE", "--lang", "--format", "--date", "--quiet",
                "評価依頼（JSON）を1件評価し", "引数:", "オプション:", "この日付で評価します", "終了コード:",
                "入力の誤り（ファイル、JSON、検証、オプション）")
                .doesNotContain("Usage:", "Assess one system", "Assess on this date", "Exit codes", "bad input");
        for (int code : ExitCodes.LISTED) {
            assertThat(assess.out()).containsPattern("(?m)^  " + code + " +\\S");
        }
        assertThat(helpAssess.exitCode()).isZero();
        assertThat(helpAssess.out()).isEqualTo(assess.out());
    }

    @Test
    void helpSpeaksEnglishWithLangEnOrWhenConfigured() {
        Cli.Run assess = Cli.run("assess", "--help", "--lang", "en");
        Cli.Run helpAssess = Cli.run("help", "assess", "--lang=en");
        Cli.Run configured = Cli.run(new KumoCli(() -> Cli.CATALOGUE,
                () -> new KumoCli.Wiring(Cli.ASSESS, Cli.DOCUMENTS, Cli.CATALOGUE), Cli.CLOCK, null,
                new KumoCli.Settings("tester", Language.EN)), "", "assess", "--help");
        Cli.Run overridden = Cli.run(new KumoCli(() -> Cli.CATALOGUE,
                () -> new KumoCli.Wiring(Cli.ASSESS, Cli.DOCUMENTS, Cli.CATALOGUE), Cli.CLOCK, null,
                new KumoCli.Settings("tester", Language.EN)), "", "assess", "--lang", "ja", "--help");

        assertThat(assess.exitCode()).isZero();
        assertThat(assess.out()).contains("Usage: kumo assess", "Assess one system on one cloud service",
                "Parameters:", "Options:", "Assess on this date", "Exit codes:", "bad input (file, JSON",
                "Examples:")
                .doesNotContain("使い方", "評価依頼", "終了コード", "例:");
        assertThat(helpAssess.exitCode()).isZero();
        assertThat(helpAssess.out()).isEqualTo(assess.out());
        assertThat(configured.out()).isEqualTo(assess.out());
        assertThat(overridden.out()).contains("使い方: kumo assess").doesNotContain("Usage:");
    }

    @Test
    void theUsageAfterAUsageErrorSpeaksTheLanguageToo() {
        Cli.Run ja = Cli.untouched("assessment");
        Cli.Run en = Cli.untouched("assessment", "--lang", "en");

        assertThat(ja.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ja.err()).contains("使い方: kumo assessment", "記録した評価を新しい順に一覧します。", "各コマンド共通のオプション")
                .doesNotContain("Usage:", "List recorded");
        assertThat(en.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(en.err()).contains("Usage: kumo assessment", "List recorded assessments, newest first.",
                "Common options of its commands").doesNotContain("使い方", "記録した評価");
    }

    @Test
    void versionNamesTheBuildAndTheCatalogue() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("kumo ").contains("catalogue 1 (Kobe City cloud policy of 2020-03-16)", "Java ");
    }
}
