package kumo.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the request bytes from a file or, for {@code -}, from standard input. Every failure becomes
 * a {@link Unreadable} carrying a message in the user's language that names the file.
 */
final class RequestInput {

    static final String STDIN = "-";

    /** The input cannot be read; the message is ready to show. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
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
        return STDIN.equals(argument) ? cli.get("error.stdin") : argument;
    }

    byte[] read(String argument) throws Unreadable {
        String name = name(argument);
        byte[] bytes;
        if (STDIN.equals(argument)) {
            try {
                bytes = stdin.readAllBytes();
            } catch (IOException e) {
                throw new Unreadable(cli.get("error.unreadable", name, reason(e)));
            }
        } else {
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                throw new Unreadable(cli.get("error.fileNotFound", name));
            }
            if (Files.isDirectory(path)) {
                throw new Unreadable(cli.get("error.notAFile", name));
            }
            if (!Files.exists(path)) {
                throw new Unreadable(cli.get("error.fileNotFound", name));
            }
            try {
                bytes = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new Unreadable(cli.get("error.fileNotFound", name));
            } catch (IOException | OutOfMemoryError e) {
                throw new Unreadable(cli.get("error.unreadable", name, reason(e)));
            }
        }
        return bytes; // an empty document is the application's to reject, with its path ($)
    }

    private String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return cli.get("error.accessDenied");
        }
        if (e instanceof OutOfMemoryError) {
            return cli.get("error.tooLarge");
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? cli.get("unknown") : message;
    }
}
