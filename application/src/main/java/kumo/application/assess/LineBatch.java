package kumo.application.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.JsonLines;
import kumo.domain.assessment.Verdict;

/**
 * The engine of a batch of JSON Lines ({@code kumo batch}; any front door that streams requests): reads JSON Lines one line at a time, has each line assessed on a small pool of
 * threads, and writes one output line per input line <em>in the input's order</em> as soon as it and every line
 * before it are done. At most {@link #window} lines are in flight (read, not yet written), so memory does not
 * grow with the input; the output is flushed whenever the input has nothing more at hand (a pipe fed slowly gets
 * every answer at once) and at least every {@value #FLUSH_EVERY} lines. Blank lines are skipped (not counted); a
 * line that is bad input is reported (its outcome says why) and the run goes on; a fault in kumo (a runtime exception
 * from the assessor) stops it.
 */
public final class LineBatch {

    /** Lines written between two flushes at most. */
    public static final int FLUSH_EVERY = 256;

    /** What became of one line: its output line (UTF-8 JSON, no line break) and its verdict, or why it is bad input. */
    public record Outcome(long line, byte[] json, Verdict verdict, InvalidDocumentException invalid) {
    }

    /** Assesses one line; runs on a pool thread, so it must be thread-safe. */
    @FunctionalInterface
    public interface Assessor {
        /** The outcome of a line (bad input included); a runtime exception is a fault in kumo and stops the batch. */
        Outcome assess(long line, byte[] bytes);
    }

    /** What a line too long to read becomes (on the reading thread). */
    @FunctionalInterface
    public interface TooLong {
        Outcome outcome(long line, InvalidDocumentException problem);
    }

    /** Told about every line in order, after its output line was written (on the reading thread). */
    public interface Listener {
        void written(Outcome outcome, long bytesRead);
    }

    private final int threads;
    private final int window;
    private int mostInFlight;

    /** {@code threads} assessing, at most {@code window} lines in flight. */
    public LineBatch(int threads, int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException(threads + " threads, window " + window);
        }
        this.threads = threads;
        this.window = window;
    }

    /** As many threads as processors, four lines in flight per thread. */
    public static LineBatch standard() {
        int n = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new LineBatch(n, 4 * n);
    }

    /** The most lines that were in flight at once in the last run (never more than the window). */
    public int mostInFlight() {
        return mostInFlight;
    }

    /**
     * Runs the whole input; the listener is told of every line in order (to count verdicts and bad lines, show
     * progress).
     *
     * @throws IOException when the input cannot be read or the output cannot be written (the lines before are written)
     */
    public void run(JsonLines lines, Assessor assessor, TooLong tooLong, OutputStream out, Listener listener)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        int unflushed = 0;
        try {
            while (true) {
                if (!lines.ready() && !pending.isEmpty()) {
                    // the next read may wait: first write what is being worked on, so it does not wait too
                    while (!pending.isEmpty()) {
                        write(pending.poll(), out, listener, lines);
                    }
                    out.flush();
                    unflushed = 0;
                }
                JsonLines.Line line = lines.next();
                if (line == null) {
                    break;
                }
                if (line.blank()) {
                    continue;
                }
                long number = line.number();
                if (line.tooLong()) {
                    pending.add(CompletableFuture.completedFuture(tooLong.outcome(number, JsonLines.tooLong())));
                } else {
                    byte[] bytes = line.bytes();
                    pending.add(pool.submit(() -> assessor.assess(number, bytes)));
                }
                mostInFlight = Math.max(mostInFlight, pending.size());
                while (pending.size() >= window) {
                    write(pending.poll(), out, listener, lines);
                    if (++unflushed >= FLUSH_EVERY) {
                        out.flush();
                        unflushed = 0;
                    }
                }
            }
            while (!pending.isEmpty()) {
                write(pending.poll(), out, listener, lines);
            }
            out.flush();
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static void write(Future<Outcome> next, OutputStream out, Listener listener, JsonLines lines)
            throws IOException {
        Outcome outcome = await(next);
        out.write(outcome.json());
        out.write('\n');
        listener.written(outcome, lines.consumed());
    }

    private static Outcome await(Future<Outcome> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kumo-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
