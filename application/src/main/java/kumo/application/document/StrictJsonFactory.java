package kumo.application.document;

import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;

/**
 * The JSON factory of the document mapper (and of every copy of it): parsers that read UTF-8 only and
 * check every string ({@link CheckedParser}), within {@link InputLimits}. Jackson on its own guesses
 * UTF-16 and UTF-32 from the first bytes and accepts what Java's UTF-8 decoder refuses (overlong forms,
 * encoded surrogates); here bytes must be UTF-8 as RFC 3629 defines it. A UTF-8 byte order mark is
 * tolerated (editors on Windows write one); a UTF-16 or UTF-32 one is refused.
 */
final class StrictJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    /** Only to find the path of an encoding error: reads the valid prefix of the bytes. */
    private static final JsonFactory PLAIN = JsonFactory.builder().streamReadConstraints(InputLimits.constraints()).build();

    StrictJsonFactory() {
        super(new JsonFactoryBuilder()
                .streamReadConstraints(InputLimits.constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }

    private StrictJsonFactory(JsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new StrictJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext ctxt) throws IOException {
        InputProblem problem = encodingProblem(data, offset, length);
        if (problem != null) {
            // parse nothing: Jackson would otherwise read the bytes as UTF-16 or UTF-32, or fail while guessing
            return new CheckedParser(super._createParser(new byte[0], 0, 0, ctxt), problem);
        }
        return new CheckedParser(super._createParser(data, offset, length, ctxt), null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        // documents are read whole anyway; this way a stream is checked exactly as bytes are
        byte[] data = in.readAllBytes();
        return _createParser(data, 0, data.length, ctxt);
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(r, ctxt), null);
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext ctxt, boolean recyclable)
            throws IOException {
        return new CheckedParser(super._createParser(data, offset, length, ctxt, recyclable), null);
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
        return new CheckedParser(super._createParser(input, ctxt), null);
    }

    /** Why {@code data} is not UTF-8, or {@code null} when it is. */
    static InputProblem encodingProblem(byte[] data, int offset, int length) {
        String wide = wideEncoding(data, offset, length);
        if (wide != null) {
            return new InputProblem(null, location(1, 1), "encoding", "encodingNotUtf8", JsonPaths.ROOT,
                    Map.of("encoding", DocumentMessages.same(wide)));
        }
        int bad = firstInvalidUtf8(data, offset, length);
        if (bad < 0) {
            return null;
        }
        int line = 1;
        int column = 1;
        for (int i = offset; i < bad; i++) {
            if (data[i] == '\n') {
                line++;
                column = 1;
            } else if ((data[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new InputProblem(null, location(line, column), "encoding", "encoding", pathAt(data, offset, bad - offset),
                Map.of("line", DocumentMessages.same(line), "column", DocumentMessages.same(column)));
    }

    /** The encoding the first bytes show when it is UTF-16 or UTF-32 (by byte order mark or by zero bytes), else {@code null}. */
    static String wideEncoding(byte[] b, int offset, int length) {
        int n = Math.min(4, length);
        int[] head = new int[4];
        for (int i = 0; i < n; i++) {
            head[i] = b[offset + i] & 0xFF;
        }
        if (n >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF) {
            return "UTF-32 (big-endian)";
        }
        if (n >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (n >= 2 && head[0] == 0xFE && head[1] == 0xFF) {
            return "UTF-16 (big-endian)";
        }
        if (n >= 2 && head[0] == 0xFF && head[1] == 0xFE) {
            return "UTF-16 (little-endian)";
        }
        // JSON text starts with an ASCII character; in UTF-16 or UTF-32 it has zero bytes beside it (the
        // patterns Jackson guesses from; a zero byte further on is left to the parser: a raw NUL is a syntax error)
        if (n == 4 && head[0] == 0 && head[1] == 0 && head[2] == 0 && head[3] != 0) {
            return "UTF-32 (big-endian)";
        }
        if (n == 4 && head[0] != 0 && head[1] == 0 && head[2] == 0 && head[3] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (n >= 2 && head[0] == 0 && head[1] != 0) {
            return "UTF-16 (big-endian)";
        }
        if (n >= 2 && head[0] != 0 && head[1] == 0) {
            return "UTF-16 (little-endian)";
        }
        if (head[0] == 0 || (n >= 2 && head[1] == 0)) {
            return "UTF-16 / UTF-32";
        }
        return null;
    }

    /**
     * The index of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629, Table 3-7 of
     * the Unicode standard: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
     */
    static int firstInvalidUtf8(byte[] b, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int more;
            int min = 0x80;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c == 0xE0) {
                more = 2;
                min = 0xA0;
            } else if (c == 0xED) {
                more = 2;
                max = 0x9F;
            } else if (c >= 0xE1 && c <= 0xEF) {
                more = 2;
            } else if (c == 0xF0) {
                more = 3;
                min = 0x90;
            } else if (c == 0xF4) {
                more = 3;
                max = 0x8F;
            } else if (c >= 0xF1 && c <= 0xF3) {
                more = 3;
            } else {
                return i;
            }
            if (i + more >= end) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += more + 1;
        }
        return -1;
    }

    /** Where a parser stands at the end of the first {@code length} bytes: the path of the value the bad byte is in. */
    private static String pathAt(byte[] data, int offset, int length) {
        try (JsonParser p = PLAIN.createParser(data, offset, length)) {
            try {
                while (p.nextToken() != null) {
                    // read on until the prefix ends
                }
            } catch (JacksonException e) {
                // the prefix ends inside a value, which is where the bad byte is
            }
            return JsonPaths.of(p.getParsingContext());
        } catch (IOException e) {
            return JsonPaths.ROOT;
        }
    }

    private static JsonLocation location(int line, int column) {
        return new JsonLocation(ContentReference.unknown(), -1L, line, column);
    }
}
