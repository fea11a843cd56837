package kumo.adapters.web;

import io.javalin.config.JavalinConfig;

/** The UI's pages, served from the classpath. */
final class UiRoutes {

    private UiRoutes() {
    }

    static void register(JavalinConfig config, WebWiring wiring) {
        config.routes.get("/", ctx -> ctx.redirect("/api/v1/health"));
    }
}
