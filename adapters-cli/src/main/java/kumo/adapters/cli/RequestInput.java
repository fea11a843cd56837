package kumo.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

import kumo.application.document.LocalizedText;
import kumo.domain.catalogue.Language;

/**
 * Reads the request bytes from a file or, for {@code -}, from standard input. Every failure becomes
 * a {@link Unreadable} carrying a message in the user's language that names the file (and, for the
 * batch document, a stable code and the message in both languages).
 */
final class RequestInput {

    static final String STDIN = "-";

    /** The input cannot be read; the message (in the user's language) is ready to show. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final transient LocalizedText text;

        Unreadable(String code, LocalizedText text, CliTexts cli) {
            super(text.in(cli.language()), null, false, false);
            this.code = code;
            this.text = text;
        }

        /** What kind of problem, stable for programs: the key of the message without {@code error.}. */
        String code() {
            return code;
        }

        /** The message in Japanese and English. */
        LocalizedText text() {
            return text;
        }
    }

    private final CliTexts cli;
    private final InputStream stdin;

    RequestInput(CliTexts cli, InputStream stdin) {
        this.cli = cli;
        this.stdin = stdin;
    }

    /** How the input is named in messages: the argument as given, or "standard input". */
    String name(String argument) {
        return name(cli, argument);
    }

    private static String name(CliTexts texts, String argument) {
        return STDIN.equals(argument) ? texts.get("error.stdin") : argument;
    }

    /**
     * The bytes of {@code argument} (a file, or standard input for {@value #STDIN}), or {@code null} after
     * {@code problems} said why they cannot be read (the command then exits 2).
     */
    byte[] readOrReport(String argument, Problems problems) {
        try {
            return read(argument);
        } catch (Unreadable e) {
            problems.input(e.getMessage());
            return null;
        }
    }

    byte[] read(String argument) throws Unreadable {
        byte[] bytes;
        if (STDIN.equals(argument)) {
            try {
                bytes = stdin.readAllBytes();
            } catch (IOException e) {
                throw unreadable(argument, e);
            }
        } else {
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                throw problem("fileNotFound", argument, t -> null);
            }
            if (Files.isDirectory(path)) {
                throw problem("notAFile", argument, t -> null);
            }
            if (!Files.exists(path)) {
                throw problem("fileNotFound", argument, t -> null);
            }
            try {
                bytes = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw problem("fileNotFound", argument, t -> null);
            } catch (IOException | OutOfMemoryError e) {
                throw unreadable(argument, e);
            }
        }
        return bytes; // an empty document is the application's to reject, with its path ($)
    }

    /** The input (a file, or a directory given to a batch) cannot be read because of {@code e}. */
    Unreadable unreadable(String argument, Throwable e) {
        return problem("unreadable", argument, t -> reason(t, e));
    }

    /**
     * A problem with an input: the message {@code error.<code>} with the input's name as {@code {0}} and
     * {@code reason} (rendered in each language) as {@code {1}}.
     */
    Unreadable problem(String code, String argument, Function<CliTexts, String> reason) {
        CliTexts ja = CliTexts.of(Language.JA);
        CliTexts en = CliTexts.of(Language.EN);
        String key = "error." + code;
        LocalizedText text = new LocalizedText(ja.get(key, name(ja, argument), reason.apply(ja)),
                en.get(key, name(en, argument), reason.apply(en)));
        return new Unreadable(code, text, cli);
    }

    private static String reason(CliTexts texts, Throwable e) {
        if (e instanceof AccessDeniedException) {
            return texts.get("error.accessDenied");
        }
        if (e instanceof OutOfMemoryError) {
            return texts.get("error.tooLarge");
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? texts.get("unknown") : message;
    }
}
