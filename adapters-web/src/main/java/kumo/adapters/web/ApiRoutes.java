package kumo.adapters.web;

import io.javalin.config.JavalinConfig;

/** The JSON API under {@code /api/v1}: see docs/web.md and the OpenAPI description. */
final class ApiRoutes {

    private ApiRoutes() {
    }

    static void register(JavalinConfig config, WebWiring wiring) {
        config.routes.get("/api/v1/health", ctx -> ctx.json(java.util.Map.of("status", "ok",
                "catalogue", wiring.catalogue().version())));
    }
}
