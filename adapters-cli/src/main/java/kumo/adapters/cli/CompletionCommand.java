package kumo.adapters.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

import kumo.domain.catalogue.Language;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo completion [bash|zsh]}: prints a completion script for the whole command tree (picocli's
 * {@link AutoComplete}): the commands, their options, and the values of the options that name theirs
 * ({@code completionCandidates}: {@code --lang}, {@code --format}, {@code --verdict}). zsh runs the same script
 * through its {@code bashcompinit}. Opens no store.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
final class CompletionCommand extends KumoCommand {

    /** The shells the script serves. */
    static final List<String> SHELLS = List.of("bash", "zsh");

    /** The {@code SHELL} values, for shell completion. */
    static final class Shells implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return SHELLS.iterator();
        }
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            completionCandidates = Shells.class)
    String shell;

    @Override
    Integer execute() {
        Language language = language();
        if (StoreCommand.format(shell, SHELLS) == null) {
            CliTexts cli = CliTexts.of(language);
            return new Problems(cli, err).usage(spec.qualifiedName(),
                    cli.get("error.badChoice", "SHELL", shell, String.join(" | ", SHELLS)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
        return ExitCodes.ELIGIBLE;
    }
}
