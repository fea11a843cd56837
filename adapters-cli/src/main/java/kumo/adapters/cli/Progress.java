package kumo.adapters.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress line of {@code kumo batch} on standard error: lines done, the share of the file read (when its size
 * is known) and lines per second, redrawn in place with a carriage return at most four times a second. Drawn only
 * when standard error is a terminal ({@link #isTerminal}); otherwise — a pipe, a file, a test's captured stream —
 * it writes nothing at all. The line holds only kumo's own text and numbers (no ANSI sequences: it is cleared by
 * writing spaces over it).
 */
final class Progress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final boolean shown;
    private final PrintWriter err;
    private final CliTexts cli;
    private final long size;
    private final long start = System.nanoTime();
    private long last = start;
    private long lines;
    private int drawn;

    /**
     * @param terminal whether standard error is a terminal: else nothing is drawn (nor with {@code TERM=dumb})
     * @param size     the input's size in bytes, or -1 when unknown (standard input)
     */
    Progress(boolean terminal, PrintWriter err, CliTexts cli, long size) {
        this.shown = terminal && !"dumb".equals(System.getenv("TERM"));
        this.err = err;
        this.cli = cli;
        this.size = size;
    }

    /** One more line written; {@code bytesRead} of the input read so far. */
    void update(long bytesRead) {
        lines++;
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        long perSecond = Math.round(lines / ((now - start) / 1e9));
        String text = size > 0
                ? cli.get("batch.lines.progress.share", lines, Math.min(100, bytesRead * 100 / size), perSecond)
                : cli.get("batch.lines.progress", lines, perSecond);
        clear();
        err.print(text);
        err.flush();
        drawn = text.length() * 2; // a full-width character takes two columns
    }

    /** Removes the progress line, if one is drawn, so that a message can take its place. */
    void clear() {
        if (drawn == 0) {
            return;
        }
        err.print("\r" + " ".repeat(drawn) + "\r");
        err.flush();
        drawn = 0;
    }

    /**
     * Whether {@code stream} is this process's standard output or error and that is a terminal: on Linux, where its
     * file descriptor leads ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere, whether the JVM has a console. Any
     * other stream (a test's captured one) is not.
     */
    static boolean isTerminal(PrintStream stream) {
        int fd = stream == null ? -1 : stream == System.out ? 1 : stream == System.err ? 2 : -1;
        if (fd < 0) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
