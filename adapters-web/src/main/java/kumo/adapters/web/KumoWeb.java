package kumo.adapters.web;

import java.net.BindException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import kumo.adapters.web.api.ApiRoute;
import kumo.adapters.web.api.JsonApi;

/**
 * The web front door: one Javalin server carrying the JSON API ({@code /api/…}, {@link ApiRoutes}) and the UI
 * ({@link UiRoutes}) over the use cases in {@link WebWiring}. It builds nothing of the core: the composition
 * root hands it everything. Defences that do not depend on users are set here, once, for every route
 * ({@link Defences}).
 */
public final class KumoWeb implements AutoCloseable {

    /** The address {@code kumo serve} listens on by default: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The port {@code kumo serve} listens on by default. */
    public static final int DEFAULT_PORT = 7070;

    private final Javalin app;
    private final WebWiring wiring;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile List<ApiRoute> apiRoutes = List.of();

    private KumoWeb(WebWiring wiring, boolean benchmarkBaseline) {
        this.wiring = Objects.requireNonNull(wiring, "wiring");
        this.app = Javalin.create(config -> configure(config, wiring, benchmarkBaseline));
    }

    /** A server over {@code wiring}, not yet listening. */
    public static KumoWeb create(WebWiring wiring) {
        return new KumoWeb(wiring, false);
    }

    /**
     * For the load benchmark only: a server that also has the baseline route {@value JsonApi#BASELINE} (it parses
     * the request as the assess route does and answers a fixed document). Production never calls this.
     */
    public static KumoWeb withBenchmarkBaseline(WebWiring wiring) {
        return new KumoWeb(wiring, true);
    }

    private void configure(JavalinConfig config, WebWiring wiring, boolean benchmarkBaseline) {
        config.startup.showJavalinBanner = false;
        Defences.apply(config);
        if (benchmarkBaseline) {
            JsonApi.registerBaseline(config, wiring); // before the API's catch-all for unknown paths
        }
        apiRoutes = ApiRoutes.register(config, wiring);
        UiRoutes.register(config, wiring);
    }

    /** The API's routes as registered, for the check against its OpenAPI description. */
    public List<ApiRoute> apiRoutes() {
        return apiRoutes;
    }

    /**
     * Starts listening on {@code host:port} ({@code 0}: any free port).
     *
     * @return the port listened on
     * @throws CannotListen when the address is taken or cannot be bound
     */
    public int start(String host, int port) {
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new CannotListen(host, port, e);
            }
            throw e;
        }
        return app.port();
    }

    /** The port listened on (after {@link #start}). */
    public int port() {
        return app.port();
    }

    /** Blocks until {@link #close()} is called. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops listening and closes the store session. Idempotent. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            wiring.store().close();
            stopped.countDown();
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The address cannot be listened on (taken by another program, or not this machine's). */
    public static final class CannotListen extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String host;
        private final int port;

        CannotListen(String host, int port, Throwable cause) {
            super("cannot listen on " + host + ":" + port, cause);
            this.host = host;
            this.port = port;
        }

        public String host() {
            return host;
        }

        public int port() {
            return port;
        }
    }
}
