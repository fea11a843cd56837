package kumo.adapters.web;

import java.util.List;

import io.javalin.config.JavalinConfig;
import kumo.adapters.web.api.ApiRoute;
import kumo.adapters.web.api.JsonApi;

/** The JSON API under {@code /api/v1} ({@link JsonApi}): see docs/web.md and the OpenAPI description. */
final class ApiRoutes {

    private ApiRoutes() {
    }

    /** @return the routes registered, for the check against the OpenAPI description */
    static List<ApiRoute> register(JavalinConfig config, WebWiring wiring) {
        return JsonApi.register(config, wiring);
    }
}
