package kumo.adapters.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.staticfiles.Location;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.views.ViewRoutes;
import kumo.domain.catalogue.Language;

/**
 * The UI: server-rendered pages (escaped by {@link Html}, framed by {@link Page}) and the static files under
 * {@code /static/} (style sheets, the design tokens, scripts), all from the classpath.
 */
public final class UiRoutes {

    /** How long the language switch is remembered: a year. */
    static final int LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600;

    private UiRoutes() {
    }

    static void register(JavalinConfig config, WebWiring wiring) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/kumo/adapters/web/static";
            files.location = Location.CLASSPATH;
        });
        kumo.adapters.web.ui.assess.AssessRoutes.register(config, wiring);
        kumo.adapters.web.ui.records.RecordRoutes.register(config, wiring);
        config.routes.post("/language", UiRoutes::switchLanguage);
        ViewRoutes.register(config, wiring);
    }

    /** The language switch: remembered in a cookie, then back to the page it was pressed on. */
    private static void switchLanguage(Context ctx) {
        Language language = WebLanguage.parse(ctx.formParam("lang"));
        if (language != null) {
            Cookie cookie = new Cookie(WebLanguage.COOKIE, language.code());
            cookie.setMaxAge(LANGUAGE_COOKIE_SECONDS);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.LAX);
            ctx.cookie(cookie);
        }
        ctx.redirect(localPath(ctx.formParam("back")), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code back} when it is a path on this server, else {@code /}: never a redirect to another site. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7F)) {
            return "/";
        }
        return back;
    }

    /** Answers with a whole page in the request's language: {@code titleKey}'s text as title, {@code body} in main. */
    public static void page(Context ctx, WebWiring wiring, String titleKey, Html body, String... scripts) {
        UiTexts texts = UiTexts.of(WebLanguage.of(ctx, wiring.language()));
        String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Page.render(texts, path, texts.get(titleKey), body, scripts));
    }
}
