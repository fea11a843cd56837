package kumo.application.document;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A problem {@link CheckedParser} finds below the level of JSON syntax: the bytes are not UTF-8, a
 * string holds what is not text, or a value exceeds a {@link InputLimits limit}. It is a parse exception
 * so that Jackson passes it on untouched; {@link Documents} turns it into a {@link Violation} with
 * {@link #code}, {@link #path} and the message {@code kumo.json.<messageKey>}.
 */
final class InputProblem extends JsonParseException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageKey;
    private final String path;
    private final transient Map<String, LocalizedText> params;

    InputProblem(JsonParser parser, JsonLocation at, String code, String messageKey, String path,
            Map<String, LocalizedText> params) {
        // the text is for logs only; it names the code and the path, never the value
        super(parser, code + " at " + path, at);
        this.code = code;
        this.messageKey = messageKey;
        this.path = path;
        this.params = Map.copyOf(params);
    }

    String code() {
        return code;
    }

    String messageKey() {
        return messageKey;
    }

    String path() {
        return path;
    }

    Map<String, LocalizedText> params() {
        return params;
    }

    /** The violation this problem is: its code and path, its message in both languages, line and column where known. */
    Violation violation(DocumentMessages messages) {
        JsonLocation at = getLocation();
        Integer line = at == null || at.getLineNr() < 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 0 ? null : at.getColumnNr();
        Map<String, LocalizedText> all = new LinkedHashMap<>(Documents.lineColumn(at));
        all.putAll(params);
        return new Violation(path, code, messages.render("kumo.json." + messageKey, all), line, column);
    }
}
