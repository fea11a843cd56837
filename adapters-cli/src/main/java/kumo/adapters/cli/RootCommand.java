package kumo.adapters.cli;

import java.util.concurrent.Callable;

import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code kumo}: the top-level command; the work is in its subcommands. */
@Command(name = "kumo",
        mixinStandardHelpOptions = true,
        versionProvider = KumoVersion.class,
        subcommands = HelpCommand.class,
        synopsisSubcommandLabel = "COMMAND",
        header = {"Tells whether a system may use a cloud service under Kobe City's 2020 cloud policy.",
                  "神戸市のクラウドサービス利用に係る基本方針（2020年）に照らして、システムがクラウドサービスを利用できるかを判定します。"},
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Run 'kumo assess --help' for the assessment options.",
                  "See docs/cli.md."})
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = {"On an internal error, print the stack trace too; show the libraries' log lines.",
                           "内部エラーの際にスタックトレースも表示します。ライブラリのログも表示します。"})
    boolean debug;

    private final Language configured;

    /** @param configured the language when the command line names none */
    RootCommand(Language configured) {
        this.configured = configured;
    }

    /** {@code kumo} alone: a usage error (exit 2), with the list of commands. */
    @Override
    public Integer call() {
        Language language = Languages.sniff(spec.commandLine().getParseResult().originalArgs(), configured);
        CliTexts cli = CliTexts.of(language);
        new Problems(cli, spec.commandLine().getErr()).error(cli.get("error.missingCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
