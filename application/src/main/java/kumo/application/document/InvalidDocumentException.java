package kumo.application.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An incoming document cannot be used: malformed JSON, a field the format does not know, a value of
 * the wrong type, or a value that breaks a rule of the format. Carries every {@link Violation} found,
 * sorted by path; the messages never contain stack traces or Java class names.
 */
public final class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidDocumentException(List<Violation> violations) {
        super(summary(violations), null, false, false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + ": " + v.message().en())
                .collect(Collectors.joining("; ", "invalid document: ", ""));
    }
}
