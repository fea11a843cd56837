package kumo.adapters.web.ui.views;

import java.util.List;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import kumo.adapters.web.WebLanguage;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.catalogue.CataloguePages;
import kumo.adapters.web.ui.chart.ChartsPage;
import kumo.adapters.web.ui.compare.ComparePage;
import kumo.adapters.web.ui.departments.DepartmentsPage;
import kumo.adapters.web.ui.export.FindingsWorkbook;
import kumo.adapters.web.ui.export.PrintPage;
import kumo.application.document.InvalidDocumentException;
import kumo.application.records.StoreException;

/**
 * The views' pages: the catalogue browser, compare, the departments' verdicts, the pictures of a result, its A4 print layout and its
 * findings as a spreadsheet. Each page only lays out what the use cases, the result view and the catalogue give.
 */
public final class ViewRoutes {

    private ViewRoutes() {
    }

    /** Registers the views' routes (called once from {@code UiRoutes.register}). */
    public static void register(JavalinConfig config, WebWiring wiring) {
        config.routes.get("/catalogue", ctx -> guarded(ctx, wiring, () -> CataloguePages.index(ctx, wiring)));
        config.routes.get("/catalogue/requirements/{id}",
                ctx -> guarded(ctx, wiring, () -> CataloguePages.requirement(ctx, wiring, ctx.pathParam("id"))));
        config.routes.get("/catalogue/risks/{id}",
                ctx -> guarded(ctx, wiring, () -> CataloguePages.risk(ctx, wiring, ctx.pathParam("id"))));
        config.routes.get("/compare", ctx -> guarded(ctx, wiring, () -> ComparePage.show(ctx, wiring)));
        config.routes.get("/departments", ctx -> guarded(ctx, wiring, () -> DepartmentsPage.show(ctx, wiring)));
        config.routes.get("/assessments/{id}/print",
                ctx -> guarded(ctx, wiring, () -> PrintPage.show(ctx, wiring, stored(ctx, wiring))));
        config.routes.get("/assessments/{id}/charts",
                ctx -> guarded(ctx, wiring, () -> ChartsPage.show(ctx, wiring, stored(ctx, wiring))));
        config.routes.get("/assessments/{id}/findings.xlsx",
                ctx -> guarded(ctx, wiring, () -> FindingsWorkbook.download(ctx, wiring, stored(ctx, wiring))));
    }

    /** The UI texts in the request's language. */
    public static UiTexts texts(Context ctx, WebWiring wiring) {
        return UiTexts.of(WebLanguage.of(ctx, wiring.language()));
    }

    /** Answers {@code ctx} with a whole page: {@code title} (plain text) over {@code body}. */
    public static void page(Context ctx, UiTexts texts, String title, Html body) {
        String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Page.render(texts, path, title, body));
    }

    /** A page that says what went wrong, with its status (never a stack trace). */
    public static void problem(Context ctx, UiTexts texts, int status, String title, List<String> messages) {
        Html body = new Html().raw("<div class=\"error-summary\" role=\"alert\"><ul>\n");
        messages.forEach(m -> body.raw("<li class=\"error-message\">").text(m).raw("</li>\n"));
        body.raw("</ul></div>\n");
        ctx.status(status);
        page(ctx, texts, title, body);
    }

    private static StoredResult stored(Context ctx, WebWiring wiring) {
        String id = ctx.pathParam("id");
        return StoredResult.find(wiring, id).orElseThrow(() -> new NotFound(
                texts(ctx, wiring).get("print.notFound", id)));
    }

    /** Bad input and refusals of the store become pages naming the problem: never a 500 for what a client sent. */
    private static void guarded(Context ctx, WebWiring wiring, Runnable handler) {
        try {
            handler.run();
        } catch (NotFound e) {
            UiTexts texts = texts(ctx, wiring);
            problem(ctx, texts, 404, texts.get("views.notFound.title"), List.of(e.getMessage()));
        } catch (InvalidDocumentException e) {
            UiTexts texts = texts(ctx, wiring);
            problem(ctx, texts, 400, texts.get("views.invalid.title"), e.violations().stream()
                    .map(v -> v.message().in(texts.language())).toList());
        } catch (StoreException e) {
            UiTexts texts = texts(ctx, wiring);
            int status = switch (e.reason()) {
                case NOT_FOUND -> 404;
                case INVALID -> 400;
                default -> 503;
            };
            problem(ctx, texts, status, texts.get(status == 503 ? "views.store.title"
                    : status == 404 ? "views.notFound.title" : "views.invalid.title"),
                    List.of(e.text().in(texts.language())));
        }
    }

    /** Nothing under the requested path: a 404 page with this message (already in the page's language). */
    public static final class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(message, null, false, false);
        }
    }
}
