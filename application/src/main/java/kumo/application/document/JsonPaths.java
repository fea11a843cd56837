package kumo.application.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** JSON paths in the form {@code $.plan.riskDecisions[2].riskId}, from Jackson references, validation paths and parser positions. */
final class JsonPaths {

    static final String ROOT = "$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder(ROOT);
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                name(sb, r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String of(Path path) {
        StringBuilder sb = new StringBuilder(ROOT);
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                if (n.getIndex() != null) {
                    sb.append('[').append(n.getIndex()).append(']');
                } else if (n.getKey() != null) {
                    name(sb, String.valueOf(n.getKey()));
                }
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                name(sb, n.getName());
            }
        }
        return sb.toString();
    }

    /** Where a streaming parser stands (for syntax errors and duplicate fields). */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder(ROOT);
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                sb.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null) {
                name(sb, c.getCurrentName());
            }
        }
        return sb.toString();
    }

    /** The path of a member of the object at {@code parent}. */
    static String child(String parent, String name) {
        StringBuilder sb = new StringBuilder(parent);
        name(sb, name);
        return sb.toString();
    }

    private static void name(StringBuilder sb, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            sb.append('.').append(name);
        } else {
            sb.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }
}
