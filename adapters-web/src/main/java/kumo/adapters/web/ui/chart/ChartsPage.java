package kumo.adapters.web.ui.chart;

import io.javalin.http.Context;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.views.StoredResult;
import kumo.adapters.web.ui.views.ViewRoutes;

/** {@code GET /assessments/{id}/charts}: the pictures of one stored result, each with its table. */
public final class ChartsPage {

    private ChartsPage() {
    }

    public static void show(Context ctx, WebWiring wiring, StoredResult stored) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        String id = stored.summary().id();
        Html h = new Html().raw("<p>").text(ui.get("chart.page.subject", stored.systemName(), stored.serviceName(),
                stored.summary().assessmentDate())).raw("</p>\n<p class=\"verdict-line\"><span")
                .attr("class", "verdict " + Marks.cssClass(stored.view().verdict().name())).raw(">")
                .raw("<span aria-hidden=\"true\">").text(Marks.symbol(stored.view().verdict().name())).raw(" </span>")
                .text(Charts.verdictName(stored.result(), ui.language())).raw("</span></p>\n")
                .append(Charts.findingsByGroup(stored.view(), ui))
                .append(Charts.risksByState(stored.view(), ui))
                .raw("<ul class=\"links\"><li><a").attr("href", "/assessments/" + Page.query(id) + "/print").raw(">")
                .text(ui.get("print.link")).raw("</a></li><li><a")
                .attr("href", "/assessments/" + Page.query(id) + "/findings.xlsx").raw(">").text(ui.get("xlsx.link"))
                .raw("</a></li></ul>\n");
        ViewRoutes.page(ctx, ui, ui.get("chart.page.title"), h);
    }
}
