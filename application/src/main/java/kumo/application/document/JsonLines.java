package kumo.application.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads JSON Lines (one document per line, UTF-8) from a stream, one line at a time, in constant memory: a line
 * is handed out as its bytes, the line break ({@code \n}, or {@code \r\n}) removed, for {@link Documents} to
 * parse; bytes are never decoded here, so a line that is not UTF-8 is refused by the parser with its path like
 * any document. A line longer than {@value InputLimits#MAX_LINE_BYTES} bytes is not kept: its first bytes are
 * dropped as soon as the limit is passed and the rest is skipped up to the next line break, so one runaway line
 * cannot fill the memory; it is handed out as {@link Line#tooLong()}, with its number, for the caller to report
 * ({@link #tooLong()}). Not thread-safe: one reader per stream.
 */
public final class JsonLines {

    /** Bytes in one line, the line break not counted. */
    public static final int MAX_LINE_BYTES = InputLimits.MAX_LINE_BYTES;

    private static final DocumentMessages MESSAGES = new DocumentMessages();

    /**
     * One line of the input.
     *
     * @param number  1-based, counting every line (blank ones too)
     * @param bytes   the line without its line break; empty for a line that was too long
     * @param tooLong whether the line was longer than {@link #MAX_LINE_BYTES} (then its bytes were not kept)
     */
    public record Line(long number, byte[] bytes, boolean tooLong) {

        public Line {
            Objects.requireNonNull(bytes, "bytes");
        }

        /** Whether the line holds nothing but ASCII white space (space, tab, carriage return, form feed). */
        public boolean blank() {
            if (tooLong) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean end;
    private long number;
    private long consumed;

    /** Over {@code in}, which this reader buffers itself (no need to wrap it); the caller closes it. */
    public JsonLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    /** With another limit (tests). */
    JsonLines(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The next line, or {@code null} at the end of the input. The last line need not end with a line break; a
     * line break at the very end does not start another line.
     *
     * @throws IOException when the stream cannot be read
     */
    public Line next() throws IOException {
        byte[] line = null; // the bytes gathered so far, when the line spans several fills of the buffer
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                return line(line, length, tooLong);
            }
            any = true;
            int start = position;
            int stop = indexOfNewline(start, limit);
            int chunk = (stop < 0 ? limit : stop) - start;
            if (!tooLong) {
                if ((long) length + chunk > maxLineBytes) {
                    tooLong = true;
                    line = null; // never held beyond the limit
                    length = 0;
                } else if (stop >= 0 && line == null) {
                    // the usual case: the whole line is in the buffer
                    position = stop + 1;
                    consumed += chunk + 1;
                    return line(Arrays.copyOfRange(buffer, start, stop), chunk, false);
                } else {
                    if (line == null) {
                        line = new byte[Math.max(chunk * 2, 256)];
                    } else if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, (long) length + chunk),
                                maxLineBytes));
                    }
                    System.arraycopy(buffer, start, line, length, chunk);
                    length += chunk;
                }
            }
            if (stop >= 0) {
                position = stop + 1;
                consumed += chunk + 1;
                return line(line, length, tooLong);
            }
            position = limit;
            consumed += chunk;
        }
    }

    /**
     * Whether more input is at hand without waiting: bytes in the buffer, or the stream says some can be read
     * without blocking. A caller flushes its output before a read that may wait (a pipe fed by hand).
     */
    public boolean ready() {
        if (position < limit || end) {
            return true;
        }
        try {
            return in.available() > 0;
        } catch (IOException e) {
            return true; // the next read will say what is wrong
        }
    }

    /** Bytes read from the input so far, up to the end of the last line handed out. */
    public long consumed() {
        return consumed;
    }

    /** The number of the last line handed out (0 before the first). */
    public long lineNumber() {
        return number;
    }

    /** The problem of a line that was too long: at {@code $}, code {@code lineTooLong}. */
    public static InvalidDocumentException tooLong() {
        return new InvalidDocumentException(List.of(new Violation(JsonPaths.ROOT, "lineTooLong",
                MESSAGES.render("kumo.json.lineTooLong",
                        Map.of("max", DocumentMessages.same(String.format("%,d", MAX_LINE_BYTES)))))));
    }

    private Line line(byte[] gathered, int length, boolean tooLong) {
        number++;
        if (tooLong) {
            return new Line(number, new byte[0], true);
        }
        byte[] bytes = gathered == null ? new byte[0] : gathered.length == length ? gathered : Arrays.copyOf(gathered, length);
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, bytes, false);
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (end) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            end = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
