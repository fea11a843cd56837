package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import kumo.domain.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/** The CLI asks the composition root for the core only when a command needs it. */
class CoreUnavailableTest {

    private static <T> Supplier<T> failing() {
        return () -> {
            throw new IllegalStateException("cannot load the requirement catalogue: planted");
        };
    }

    private static final KumoCli CLI = new KumoCli(CoreUnavailableTest.<Catalogue>failing(), failing(), Cli.CLOCK,
            Cli.UNTOUCHED, Cli.SETTINGS);

    @Test
    void helpAndVersionWorkWhenTheCatalogueCannotLoad() {
        Cli.Run help = Cli.run(CLI, "", "--help");
        Cli.Run assessHelp = Cli.run(CLI, "", "assess", "--help");
        Cli.Run version = Cli.run(CLI, "", "--version");

        assertThat(help.exitCode()).isZero();
        assertThat(assessHelp.exitCode()).isZero();
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).contains("kumo").doesNotContain("catalogue 1");
    }

    @Test
    void aCommandThatNeedsTheCoreSaysItCannotWithoutAStackTrace() {
        Cli.Run run = Cli.run(CLI, "", "assess", Cli.example("eligible-ismap-iaas.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).startsWith("kumo: エラー: 内部エラーが発生しました").doesNotContain("\tat ");
    }
}
