package kumo.adapters.cli;

import java.io.PrintWriter;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;

/**
 * Prints what went wrong to the error writer, in the user's language, never with a stack trace: one
 * line {@code kumo: エラー: …}, then the JSON path and message of each violation, then where to find
 * the usage.
 */
final class Problems {

    private final CliTexts cli;
    private final PrintWriter err;

    Problems(CliTexts cli, PrintWriter err) {
        this.cli = cli;
        this.err = err;
    }

    /** One line: the message is made safe as a whole ({@link TerminalText}), whatever value it was built with. */
    void error(String message) {
        err.println(cli.get("error.prefix") + ": " + TerminalText.line(message));
    }

    /** An error about how the command was called: the message, then the pointer to {@code --help}. */
    int usage(String command, String message) {
        error(message);
        err.println(cli.get("error.usage", command));
        return ExitCodes.BAD_INPUT;
    }

    /** An input that cannot be read. */
    int input(String message) {
        error(message);
        return ExitCodes.BAD_INPUT;
    }

    /** A document that is not a valid assessment request: every violation with its JSON path. */
    int invalid(String source, InvalidDocumentException e) {
        return invalid(source, e, "error.invalidDocument");
    }

    /** A document that is not valid, introduced by the text of {@code key} (source, number of problems). */
    int invalid(String source, InvalidDocumentException e, String key) {
        error(cli.get(key, source, e.violations().size()));
        for (Violation v : e.violations()) {
            err.println("  " + TerminalText.line(v.path()) + ": " + TerminalText.line(v.message().in(cli.language())));
        }
        return ExitCodes.BAD_INPUT;
    }
}
