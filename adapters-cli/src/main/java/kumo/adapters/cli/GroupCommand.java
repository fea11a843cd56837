package kumo.adapters.cli;

import java.util.concurrent.Callable;

import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kumo service}, {@code kumo system}, {@code kumo assessment}, {@code kumo store}, {@code kumo audit}:
 * a group of store commands; alone, a usage error (exit 2) with the list of its commands.
 */
@Command(mixinStandardHelpOptions = true,
        versionProvider = KumoVersion.class)
final class GroupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Options.LangOption langOption;

    @Override
    public Integer call() {
        Language language = langOption.language();
        CliTexts cli = CliTexts.of(language != null ? language : Language.JA);
        String name = spec.qualifiedName();
        String first = spec.subcommands().keySet().iterator().next();
        new Problems(cli, spec.commandLine().getErr()).error(cli.get("error.missingSubcommand", name, first));
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
