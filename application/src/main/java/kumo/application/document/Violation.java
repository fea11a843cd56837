package kumo.application.document;

import java.util.Objects;

/**
 * One problem with an incoming document.
 *
 * @param path    where: a JSON path such as {@code $.plan.riskDecisions[2].riskId}; {@code $} is the whole document
 * @param code    what kind of problem, stable for programs (e.g. {@code unknownField}, {@code nonNegative})
 * @param message the explanation in Japanese and English
 * @param line    for syntax errors, the 1-based line in the input; otherwise {@code null}
 * @param column  for syntax errors, the 1-based column in the input; otherwise {@code null}
 */
public record Violation(String path, String code, LocalizedText message, Integer line, Integer column) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Violation(String path, String code, LocalizedText message) {
        this(path, code, message, null, null);
    }
}
