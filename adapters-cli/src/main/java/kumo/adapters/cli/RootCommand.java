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
        subcommands = HelpCommand.class)
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT)
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
