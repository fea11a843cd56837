package kumo.adapters.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import kumo.domain.catalogue.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * How every kumo command starts: the language {@code --lang} chose (a value that is none is said in both languages,
 * exit 2, before anything else), the messages in it, and the streams it writes to. A command does its work in
 * {@link #execute()}.
 */
abstract class KumoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Options.LangOption langOption;

    /** The messages in the chosen language; set before {@link #execute()}. */
    CliTexts cli;
    /** Reports problems on standard error in the chosen language; set before {@link #execute()}. */
    Problems problems;
    PrintWriter out;
    PrintWriter err;

    @Override
    public final Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        Language language = langOption.language();
        if (language == null) {
            return langOption.badLanguage(err, spec.qualifiedName());
        }
        cli = CliTexts.of(language);
        problems = new Problems(cli, err);
        return execute();
    }

    /** The command's work, once the language is known; its exit code. */
    abstract Integer execute();

    /** The language chosen. */
    final Language language() {
        return cli.language();
    }
}
