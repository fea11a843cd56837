package kumo.adapters.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import kumo.domain.catalogue.Language;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * A command line picocli cannot parse (unknown option, missing file argument, option without its
 * value): one line in the user's language (the {@code --lang} on the same line, else the configured one), the
 * pointer to {@code --help}, exit code 2. No usage dump, no stack trace.
 */
final class ParameterErrors implements IParameterExceptionHandler {

    private final Language fallback;

    /** @param fallback the language when the command line names none: the configured one */
    ParameterErrors(Language fallback) {
        this.fallback = fallback;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        CliTexts cli = CliTexts.of(Languages.sniff(args == null ? List.of() : Arrays.asList(args), fallback));
        PrintWriter err = commandLine.getErr();
        Problems problems = new Problems(cli, err);
        problems.usage(commandLine.getCommandSpec().qualifiedName(), message(ex, cli));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static String message(ParameterException ex, CliTexts cli) {
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            return cli.get("error.unknownOption", unmatched.isEmpty() ? "?" : String.join(" ", unmatched));
        }
        if (ex instanceof MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            if (!missing.isEmpty() && missing.get(0) instanceof PositionalParamSpec p) {
                return "assess".equals(commandLine(ex).getCommandName()) ? cli.get("error.missingFile")
                        : cli.get("error.missingParameter", p.paramLabel());
            }
            if (!missing.isEmpty() && missing.get(0) instanceof OptionSpec o) {
                return cli.get("error.missingOptionValue", o.longestName());
            }
            return cli.get("error.missingParameter", missing.isEmpty() ? "?" : name(missing.get(0)));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return cli.get("error.badOptionValue", name(arg), ex.getValue());
        }
        return ex.getMessage();
    }

    private static CommandLine commandLine(ParameterException ex) {
        return ex.getCommandLine();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
