package kumo.application.document;

import java.util.Optional;

/**
 * For readers that use a copy of the document mapper ({@link Documents#objectMapper()}) and map Jackson's
 * errors themselves (the store export): the {@link Violation} of a strict-input problem (not UTF-8, not
 * Unicode text, over a limit) found anywhere in an exception's causes, with its own code and exact path.
 */
public final class InputProblems {

    private static final DocumentMessages TEXTS = new DocumentMessages();

    private InputProblems() {
    }

    /** The strict-input violation {@code e} is or was caused by; empty for any other error. */
    public static Optional<Violation> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputProblem problem) {
                return Optional.of(problem.violation(TEXTS));
            }
        }
        return Optional.empty();
    }
}
