package kumo.application.records.exchange;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import kumo.application.document.Echo;
import kumo.application.document.InputProblems;
import kumo.application.document.Violation;
import kumo.application.records.StoreTexts;

/**
 * The problems of a store export as {@link Violation}s: JSON paths ({@code $.assessments[2].recordedAt}), a
 * stable code and the explanation in both languages (texts {@code store.document.*}). Turns the strict
 * mapper's parse and binding errors into the same form.
 */
final class ExportProblems {

    private ExportProblems() {
    }

    static Violation required(String path) {
        return violation(path, "required", "store.document.required");
    }

    static Violation violation(String path, String code, String key, Object... args) {
        return new Violation(path, code, StoreTexts.of(key, args));
    }

    /** A syntax error: where the parser stood, with line and column. */
    static Violation syntax(StreamReadException e) {
        Optional<Violation> input = InputProblems.in(e);
        if (input.isPresent()) {
            return input.get(); // not UTF-8, not Unicode text, over a limit: its own code and path
        }
        JsonLocation at = e.getLocation();
        Integer line = at == null || at.getLineNr() < 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 0 ? null : at.getColumnNr();
        String path = e.getProcessor() != null ? path(e.getProcessor().getParsingContext()) : "$";
        String original = String.valueOf(e.getOriginalMessage());
        String key;
        String code;
        if (e instanceof JsonEOFException) {
            code = "unexpectedEnd";
            key = "store.document.unexpectedEnd";
        } else if (original.startsWith("Duplicate ")) {
            code = "duplicateField";
            key = "store.document.duplicateField";
        } else if (original.contains("Invalid UTF-8")) {
            code = "encoding";
            key = "store.document.encoding";
        } else {
            code = "syntax";
            key = "store.document.syntax";
        }
        return new Violation(path, code, StoreTexts.of(key, line == null ? "?" : line, column == null ? "?" : column),
                line, column);
    }

    /** A value the document's types cannot take. */
    static Violation binding(DatabindException e) {
        if (e.getCause() instanceof StreamReadException cause) {
            return syntax(cause);
        }
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "$";
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            String allowed = known == null ? "" : known.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return violation(path, "unknownField", "store.document.unknownField", Echo.brief(u.getPropertyName()), allowed);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> target = m.getTargetType();
            Object value = e instanceof InvalidFormatException f ? f.getValue() : null;
            if (target.isEnum() && value != null) {
                return violation(path, "invalidEnum", "store.document.invalidEnum", Echo.brief(String.valueOf(value)),
                        constants(target));
            }
            if (Temporal.class.isAssignableFrom(target) && value != null) {
                return violation(path, "invalidDate", "store.document.invalidDate", Echo.brief(String.valueOf(value)));
            }
            return violation(path, "wrongType", "store.document.wrongType", "@store.type." + typeOf(target));
        }
        return violation(path, "invalid", "store.document.invalid");
    }

    /** What the first token of a document that should be an object was. */
    static Violation notAnObject(String path) {
        return violation(path, "wrongType", "store.document.wrongType", "@store.type.object");
    }

    /** The type a JSON value should have had, as a {@code store.type.*} key suffix. */
    static String typeOf(Class<?> t) {
        if (t.isEnum() || CharSequence.class.isAssignableFrom(t)) {
            return "string";
        }
        if (t == Long.class || t == long.class || t == Integer.class || t == int.class) {
            return "integer";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
            return "number";
        }
        if (Temporal.class.isAssignableFrom(t)) {
            return "date";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "array";
        }
        if (JsonNode.class.isAssignableFrom(t)) {
            return "value";
        }
        return "object";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** {@code $.a[0].b} from Jackson's references. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** {@code $.a[0].b} from where a streaming parser stands. */
    static String path(JsonStreamContext context) {
        java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder("$");
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                sb.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null) {
                sb.append('.').append(c.getCurrentName());
            }
        }
        return sb.toString();
    }
}
