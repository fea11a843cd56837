package kumo.app.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import kumo.adapters.persistence.JooqStoreOpener;
import kumo.adapters.web.KumoWeb;
import kumo.app.Composition;
import kumo.app.Configuration;

/**
 * A real kumo web server for a test: the production composition (catalogue, use cases, the persistence adapter)
 * over a real SQLite file, listening on a free port of 127.0.0.1. Close it in the test's {@code finally} or
 * {@code @AfterAll}.
 */
public final class WebServer implements AutoCloseable {

    private final KumoWeb web;
    private final URI base;

    private WebServer(KumoWeb web, int port) {
        this.web = web;
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** A server over the SQLite store {@code store} (created on first use), with the given clock. */
    public static WebServer start(Path store, Clock clock) {
        return start(store, clock, Map.of());
    }

    /** As {@link #start(Path, Clock)}, with more configuration ({@code KUMO_LANG}, {@code KUMO_ACTOR}…). */
    public static WebServer start(Path store, Clock clock, Map<String, String> environment) {
        return start(store.toString(), clock, environment);
    }

    /** As {@link #start(Path, Clock, Map)}, the store given as a location ({@code jdbc:postgresql://…}). */
    public static WebServer start(String store, Clock clock, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put(Configuration.STORE, store);
        Configuration configuration = Configuration.read(env::get, "web-test");
        Composition composition = new Composition(configuration, clock,
                new JooqStoreOpener(configuration.storeUser(), configuration.storePassword()));
        KumoWeb web = composition.web(composition.session(null));
        int port = web.start("127.0.0.1", 0);
        return new WebServer(web, port);
    }

    /** {@code path} on this server ({@code "api/v1/health"}, without a leading slash). */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** The API's routes as the server registered them. */
    public java.util.List<kumo.adapters.web.api.ApiRoute> apiRoutes() {
        return web.apiRoutes();
    }

    /** The server's root, ending with a slash. */
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        web.close();
    }
}
