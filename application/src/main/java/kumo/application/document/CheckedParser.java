package kumo.application.document;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A parser that lets through only what the formats allow below the level of JSON syntax. Every field
 * name and string value is checked as it is read: no unpaired surrogate (a <code>"&#92;ud800"</code> escape or
 * its bytes is not a character and would be stored as {@code ?}), no control character other than tab,
 * line feed and carriage return, no more than {@link InputLimits} allow. Jackson's own limit errors
 * are given the code and the exact path of the value that broke them. A problem found before parsing
 * (the bytes are not UTF-8) is raised by the first {@link #nextToken()}.
 */
final class CheckedParser extends JsonParserDelegate {

    private final InputProblem pending;

    CheckedParser(JsonParser parser, InputProblem pending) {
        super(parser);
        this.pending = pending;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        if (pending != null) {
            throw pending;
        }
        JsonToken token;
        try {
            token = delegate.nextToken();
            if (token == JsonToken.FIELD_NAME) {
                check(delegate.currentName(), true);
            } else if (token == JsonToken.VALUE_STRING) {
                check(delegate.getText(), false);
            }
        } catch (StreamConstraintsException e) {
            throw limit(e);
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    private void check(String text, boolean name) throws InputProblem {
        int max = name ? InputLimits.MAX_NAME_LENGTH : InputLimits.MAX_STRING_LENGTH;
        if (text.length() > max) {
            throw tooLong(name ? "nameTooLong" : "stringTooLong", max);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw problem("invalidUnicode", c, i);
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                throw problem("controlCharacter", c, i);
            }
        }
    }

    private InputProblem problem(String code, char c, int index) {
        return new InputProblem(this, delegate.currentTokenLocation(), code, code, path(),
                Map.of("character", DocumentMessages.same(String.format("U+%04X", (int) c)),
                        "position", DocumentMessages.same(String.format("%,d", index + 1))));
    }

    private InputProblem tooLong(String code, int max) {
        return new InputProblem(this, delegate.currentTokenLocation(), code, code, path(),
                Map.of("max", DocumentMessages.same(String.format("%,d", max))));
    }

    /** Jackson's limit errors carry no code; the getter of the limit they name tells which one it is. */
    private InputProblem limit(StreamConstraintsException e) {
        String what = String.valueOf(e.getOriginalMessage());
        if (what.contains("getMaxNumberLength")) {
            return tooLong("numberTooLong", InputLimits.MAX_NUMBER_LENGTH);
        }
        if (what.contains("getMaxStringLength")) {
            return tooLong("stringTooLong", InputLimits.MAX_STRING_LENGTH);
        }
        if (what.contains("getMaxNameLength")) {
            return tooLong("nameTooLong", InputLimits.MAX_NAME_LENGTH);
        }
        if (what.contains("getMaxNestingDepth")) {
            return tooLong("nestingTooDeep", InputLimits.MAX_NESTING_DEPTH);
        }
        return new InputProblem(this, delegate.currentTokenLocation(), "invalid", "invalid", path(), Map.of());
    }

    private String path() {
        return JsonPaths.of(delegate.getParsingContext());
    }
}
