package kumo.application.records;

import java.util.List;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;

/**
 * Checks a service or system profile by the rules it has inside a request: it is wrapped in an otherwise
 * empty request and Bean-validated there, and the problems' paths are moved from {@code $.service…} /
 * {@code $.system…} to where the profile stands in the caller's document.
 */
final class ProfileRules {

    private static final SystemProfileDto NO_SYSTEM = new SystemProfileDto(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);
    private static final CloudServiceProfileDto NO_SERVICE = new CloudServiceProfileDto(null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private ProfileRules() {
    }

    /** The problems of a service profile, their paths under {@code at} ({@code $} for the profile itself). */
    static List<Violation> violations(Documents documents, CloudServiceProfileDto profile, String at) {
        if (profile == null) {
            return List.of(ExportProblems.required(at));
        }
        return rebase(documents.violations(request(NO_SYSTEM, profile)), "$.service", at);
    }

    /** The problems of a system profile, their paths under {@code at}. */
    static List<Violation> violations(Documents documents, SystemProfileDto profile, String at) {
        if (profile == null) {
            return List.of(ExportProblems.required(at));
        }
        return rebase(documents.violations(request(profile, NO_SERVICE)), "$.system", at);
    }

    /** Throws when the problems are not none. */
    static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
    }

    private static AssessmentRequestDocument request(SystemProfileDto system, CloudServiceProfileDto service) {
        return new AssessmentRequestDocument(AssessmentRequestDocument.TYPE, null, null, system, service, null);
    }

    /** The violations with {@code from} at the start of their paths replaced by {@code to}; line and column dropped. */
    static List<Violation> rebase(List<Violation> violations, String from, String to) {
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
