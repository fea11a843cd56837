package kumo.adapters.web.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import kumo.application.document.InvalidDocumentException;
import kumo.application.records.StoreException;

/**
 * Every failure of an API route as a JSON error ({@link ApiProblem}): what the client sent is 4xx, a store that
 * cannot be used is 503 with the store's own bilingual message (it names no credentials and no SQL), and only a
 * fault of kumo itself is 500 — with a message that says so and nothing of the fault (no stack trace, no class
 * name).
 */
final class ApiErrors {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final System.Logger LOG = System.getLogger(ApiErrors.class.getName());

    private ApiErrors() {
    }

    /** The problem to answer for {@code e}. */
    static ApiProblem of(Exception e) {
        if (e instanceof ApiProblem p) {
            return p;
        }
        if (e instanceof InvalidDocumentException d) {
            return JsonApi.invalid(422, d.violations());
        }
        if (e instanceof StoreException s) {
            return store(s);
        }
        if (e instanceof HttpResponseException h) {
            int status = h.getStatus();
            if (status == 413) {
                return ApiProblem.at(413, "tooLarge", "$", JsonApi.text("api.error.tooLarge", JsonApi.MAX_BODY_BYTES));
            }
            if (status >= 400 && status < 500) {
                return ApiProblem.at(status, "badRequest", "$", JsonApi.text("api.error.badRequest"));
            }
        }
        LOG.log(System.Logger.Level.ERROR, "API fault", e);
        return ApiProblem.at(500, "internal", "$", JsonApi.text("api.error.internal"));
    }

    private static ApiProblem store(StoreException e) {
        int status = switch (e.reason()) {
            case NOT_FOUND -> 404;
            case CONFLICT, NOT_EMPTY -> 409;
            case INVALID -> 422;
            case UNAVAILABLE, CORRUPT, FOREIGN, SCHEMA_TOO_NEW, FULL, TARGET_FULL, UNSUPPORTED -> 503;
        };
        String code = status == 503 ? "storeUnavailable" : e.reason().name().toLowerCase(java.util.Locale.ROOT);
        String path = status == 404 ? "{id}" : "$";
        return new ApiProblem(status, code, e.text(), List.of(new kumo.application.document.Violation(path, code,
                e.text())), status == 409 ? JsonApi.conflictDetails(e) : Map.of());
    }

    /** Writes the problem as the response. */
    static void write(Context ctx, ApiProblem problem) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(problem.body());
        } catch (JsonProcessingException e) {
            body = "{\"kumo\":\"api-error/1\",\"status\":500,\"code\":\"internal\"}".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        ctx.status(problem.status());
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }
}
