package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import kumo.application.assess.AssessUseCase;

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
    void helpShowsBothLanguagesAndTheExitCodes() {
        Cli.Run root = Cli.run("--help");
        Cli.Run assess = Cli.run("assess", "--help");
        Cli.Run helpAssess = Cli.run("help", "assess");

        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("Usage: kumo", "assess", "神戸市のクラウドサービス利用", "終了コード");
        assertThat(assess.exitCode()).isZero();
        assertThat(assess.out()).contains("Usage: kumo assess", "FILE", "--lang", "--format", "--date", "--quiet",
                "評価依頼（JSON）を1件評価し", "Exit codes / 終了コード:");
        for (String code : ExitCodes.HELP.keySet()) {
            assertThat(assess.out()).containsPattern("(?m)^  " + code + " +\\S");
        }
        assertThat(helpAssess.exitCode()).isZero();
        assertThat(helpAssess.out()).isEqualTo(assess.out());
    }

    @Test
    void versionNamesTheBuildAndTheCatalogue() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("kumo ").contains("catalogue 1 (Kobe City cloud policy of 2020-03-16)", "Java ");
    }
}
