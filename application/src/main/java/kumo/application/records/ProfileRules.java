package kumo.application.records;

import java.util.List;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;

/**
 * Checks a service or system profile by the rules it has inside a request: it is wrapped in an otherwise
 * empty request ({@link ProfileKind#requestWith}) and Bean-validated there (the absent profile of the other
 * kind is no problem of this one), and the problems' paths are moved
 * from {@code $.service…} / {@code $.system…} to where the profile stands in the caller's document.
 */
public final class ProfileRules {

    private ProfileRules() {
    }

    /** The problems of a profile of {@code kind}, their paths under {@code at} ({@code $} for the profile itself). */
    public static <P> List<Violation> violations(Documents documents, ProfileKind<P, ?> kind, P profile, String at) {
        if (profile == null) {
            return List.of(new Violation(at, "required", StoreTexts.of("store.document.required")));
        }
        // the request holds no profile of the other kind: that it is required is no problem of this profile
        List<String> absent = ProfileKind.values().stream().filter(k -> k != kind).map(k -> "$." + k.name()).toList();
        List<Violation> problems = documents.violations(kind.requestWith(profile)).stream()
                .filter(v -> !absent.contains(v.path())).toList();
        return rebase(problems, "$." + kind.name(), at);
    }

    /** Throws when the problems are not none. */
    public static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
    }

    /** The violations with {@code from} at the start of their paths replaced by {@code to}; line and column dropped. */
    public static List<Violation> rebase(List<Violation> violations, String from, String to) {
        return violations.stream()
                .map(v -> new Violation(rebase(v.path(), from, to), v.code(), v.message()))
                .toList();
    }

    /** {@code $.service.x[0]} → {@code $.x[0]} (from {@code $.service} to {@code $}). */
    static String rebase(String path, String from, String to) {
        if (path.equals(from)) {
            return to;
        }
        if (path.startsWith(from + ".") || path.startsWith(from + "[")) {
            return to + path.substring(from.length());
        }
        return path;
    }
}
