package kumo.application.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
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

    /** The most levels a path shows in full. */
    static final int MAX_SEGMENTS = 24;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> references) {
        List<String> segments = new ArrayList<>();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                segments.add(name(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                segments.add("[" + r.getIndex() + "]");
            }
        }
        return join(segments);
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
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                segments.add("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.add(name(c.getCurrentName()));
            }
        }
        return join(segments);
    }

    /**
     * The path of the segments; a path deeper than {@value #MAX_SEGMENTS} levels (only a hostile document
     * nests so deep) shows its first and last levels with an ellipsis between, so that it stays readable.
     */
    private static String join(List<String> segments) {
        StringBuilder sb = new StringBuilder(ROOT);
        if (segments.size() <= MAX_SEGMENTS) {
            segments.forEach(sb::append);
        } else {
            segments.subList(0, MAX_SEGMENTS / 2).forEach(sb::append);
            sb.append('…');
            segments.subList(segments.size() - MAX_SEGMENTS / 2, segments.size()).forEach(sb::append);
        }
        return sb.toString();
    }

    private static String name(String name) {
        StringBuilder sb = new StringBuilder();
        name(sb, name);
        return sb.toString();
    }

    /** The path of a member of the object at {@code parent}. */
    static String child(String parent, String name) {
        StringBuilder sb = new StringBuilder(parent);
        name(sb, name);
        return sb.toString();
    }

    /** A member name: plain when it is an identifier, else quoted; cut and made visible like an echoed value ({@link Echo#brief}). */
    private static void name(StringBuilder sb, String name) {
        if (name.length() <= Echo.LIMIT && IDENTIFIER.matcher(name).matches()) {
            sb.append('.').append(name);
        } else {
            sb.append("['").append(Echo.brief(name.replace("\\", "\\\\").replace("'", "\\'"))).append("']");
        }
    }
}
