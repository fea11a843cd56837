package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** JSON Lines split into lines: numbering, line breaks, the length limit without holding a long line. */
class JsonLinesTest {

    private static List<JsonLines.Line> all(JsonLines lines) throws IOException {
        List<JsonLines.Line> read = new ArrayList<>();
        for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
            read.add(l);
        }
        return read;
    }

    private static String text(JsonLines.Line l) {
        return new String(l.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void linesAreNumberedFromOneWithTheirBreaksRemoved() throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream("{\"a\":1}\r\n\n  \n{\"b\":\"神戸\"}".getBytes(StandardCharsets.UTF_8)));
        List<JsonLines.Line> read = all(lines);
        assertThat(read).extracting(JsonLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(read).extracting(JsonLinesTest::text).containsExactly("{\"a\":1}", "", "  ", "{\"b\":\"神戸\"}");
        assertThat(read).extracting(JsonLines.Line::blank).containsExactly(false, true, true, false);
        assertThat(lines.lineNumber()).isEqualTo(4);
    }

    @Test
    void aFinalLineBreakStartsNoLineAndEmptyInputHasNone() throws IOException {
        assertThat(all(new JsonLines(new ByteArrayInputStream("x\n".getBytes(StandardCharsets.UTF_8))))).hasSize(1);
        assertThat(all(new JsonLines(new ByteArrayInputStream(new byte[0])))).isEmpty();
    }

    @Test
    void aLineLongerThanTheBufferIsKeptWhole() throws IOException {
        String longLine = "y".repeat(200_000);
        List<JsonLines.Line> read = all(new JsonLines(new ByteArrayInputStream(("a\n" + longLine + "\nb")
                .getBytes(StandardCharsets.UTF_8))));
        assertThat(read).extracting(JsonLinesTest::text).containsExactly("a", longLine, "b");
    }

    @Test
    void aLineOverTheLimitIsSkippedAndTheNextOneReadAsUsual() throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream("12345\n123456\n1234567890123\nok"
                .getBytes(StandardCharsets.UTF_8)), 6);
        List<JsonLines.Line> read = all(lines);
        assertThat(read).extracting(JsonLines.Line::tooLong).containsExactly(false, false, true, false);
        assertThat(read).extracting(JsonLinesTest::text).containsExactly("12345", "123456", "", "ok");
        assertThat(read.get(2).number()).isEqualTo(3);
    }

    @Test
    void aRunawayLineIsSkippedUpToItsLineBreak() throws IOException {
        // 5 MB without a line break, made on the fly, against the 1 MB limit: handed out as a flag, not as bytes
        long size = 5_000_000L;
        InputStream endless = new InputStream() {
            long given;

            @Override
            public int read() {
                return given++ < size ? 'z' : given == size + 1 ? '\n' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (given > size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - given);
                if (n == 0) {
                    given++;
                    b[off] = '\n';
                    return 1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'z');
                given += n;
                return n;
            }
        };
        JsonLines lines = new JsonLines(new SequenceOf(endless, "{\"after\":true}\n"));
        JsonLines.Line first = lines.next();
        assertThat(first.tooLong()).isTrue();
        assertThat(first.bytes()).isEmpty();
        assertThat(text(lines.next())).isEqualTo("{\"after\":true}");
        assertThat(lines.next()).isNull();
        assertThat(lines.consumed()).isEqualTo(size + 1 + "{\"after\":true}\n".length());
    }

    @Test
    void theProblemOfALongLineNamesTheLimitInBothLanguages() {
        InvalidDocumentException e = JsonLines.tooLong();
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$");
            assertThat(v.code()).isEqualTo("lineTooLong");
            assertThat(v.message().ja()).contains("1,000,000").contains("バイト");
            assertThat(v.message().en()).contains("1,000,000 bytes");
        });
    }

    /** Two streams one after the other. */
    private static final class SequenceOf extends java.io.SequenceInputStream {
        SequenceOf(InputStream first, String then) {
            super(first, new ByteArrayInputStream(then.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
