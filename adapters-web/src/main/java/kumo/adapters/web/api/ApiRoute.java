package kumo.adapters.web.api;

/**
 * One route of the API as registered: the OpenAPI description is checked against this list (every route
 * described, every described route registered).
 *
 * @param method {@code get}, {@code post} or {@code put}, as OpenAPI spells it
 * @param path   the path as OpenAPI spells it, {@code /api/v1/assessments/{id}}
 */
public record ApiRoute(String method, String path) {
}
