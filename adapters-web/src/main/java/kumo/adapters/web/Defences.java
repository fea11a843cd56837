package kumo.adapters.web;

import io.javalin.config.JavalinConfig;

/**
 * Defences that do not depend on who the user is, set once for every route: a content security policy without
 * inline scripts or styles and without any other origin, no framing, no content sniffing, no referrer leaving
 * the page, and a bound on the size of a request body.
 */
final class Defences {

    /** The largest request body accepted (a request document is a few kilobytes; an export import is not a web route). */
    static final long MAX_REQUEST_BYTES = 1_000_000;

    /** Everything from this server only; no inline script or style; no framing by anyone. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'";

    private Defences() {
    }

    static void apply(JavalinConfig config) {
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.http.generateEtags = false;
        config.routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
            ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        });
    }
}
