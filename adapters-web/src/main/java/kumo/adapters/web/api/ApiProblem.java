package kumo.adapters.web.api;

import java.util.List;
import java.util.Map;

import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;

/**
 * What the API answers when a request cannot be served: an HTTP status and a JSON body
 * {@code {"kumo": "api-error/1", "status", "code", "message": {"ja", "en"}, "problems": [{"path", "code",
 * "message": {"ja", "en"}, "line", "column"}], ...details}}. Every problem names where it is: a JSON path in the
 * body ({@code $.plan.riskDecisions[0].riskId}), a query parameter ({@code ?page}) or a path parameter
 * ({@code {id}}).
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final LocalizedText text;
    private final transient List<Violation> problems;
    private final transient Map<String, Object> details;

    ApiProblem(int status, String code, LocalizedText text, List<Violation> problems, Map<String, Object> details) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.text = text;
        this.problems = List.copyOf(problems);
        this.details = Map.copyOf(details);
    }

    /** One problem at {@code path}, the message also the problem's. */
    static ApiProblem at(int status, String code, String path, LocalizedText text) {
        return new ApiProblem(status, code, text, List.of(new Violation(path, code, text)), Map.of());
    }

    int status() {
        return status;
    }

    /** The response body. */
    Body body() {
        return new Body("api-error/1", status, code, text, problems, details.isEmpty() ? null : details);
    }

    /** The JSON error document. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Body(String kumo, int status, String code, LocalizedText message, List<Violation> problems,
            Map<String, Object> details) {
    }
}
