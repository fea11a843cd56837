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
    private final boolean unreadable;

    public InvalidDocumentException(List<Violation> violations) {
        this(violations, false);
    }

    private InvalidDocumentException(List<Violation> violations, boolean unreadable) {
        super(summary(violations), null, false, false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid document has at least one violation");
        }
        this.violations = List.copyOf(violations);
        this.unreadable = unreadable;
    }

    /** The same problems, marked as found while reading: the input is not the document at all. */
    static InvalidDocumentException unreadable(InvalidDocumentException e) {
        return e.unreadable ? e : new InvalidDocumentException(e.violations, true);
    }

    /**
     * {@code true}: the input could not be read as the document (not JSON, not UTF-8, a wrong type, an unknown
     * field…); {@code false}: it was read and breaks a rule of the format (a front door answers 400 and 422).
     */
    public boolean unreadable() {
        return unreadable;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + ": " + v.message().en())
                .collect(Collectors.joining("; ", "invalid document: ", ""));
    }
}
