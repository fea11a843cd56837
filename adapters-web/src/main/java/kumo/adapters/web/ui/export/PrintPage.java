package kumo.adapters.web.ui.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.javalin.http.Context;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.chart.Marks;
import kumo.adapters.web.ui.views.StoredResult;
import kumo.adapters.web.ui.views.ViewRoutes;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;

/**
 * {@code GET /assessments/{id}/print}: one stored result laid out for A4 paper a department attaches to its
 * paperwork — who and what was assessed, when and against which catalogue, the verdict, the findings with their
 * clauses, the next actions, the risk register and boxes for signatures. {@code print.css} hides the frame when
 * printed; on screen it is an ordinary page.
 */
public final class PrintPage {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PrintPage() {
    }

    public static void show(Context ctx, WebWiring wiring, StoredResult stored) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        Language lang = ui.language();
        ResultView view = stored.view();
        ResultRows rows = new ResultRows(view, wiring.catalogue().texts(), lang);
        ZoneId zone = wiring.clock().getZone();
        String id = stored.summary().id();
        Html h = new Html().raw("<article class=\"print-sheet\">\n")
                .raw("<p class=\"no-print\">").text(ui.get("print.hint")).raw(" <a")
                .attr("href", "/assessments/" + Page.query(id) + "/findings.xlsx").raw(">").text(ui.get("xlsx.link"))
                .raw("</a></p>\n<dl class=\"print-header\">")
                .raw("<dt>").text(ui.get("print.system")).raw("</dt><dd>").text(stored.systemName())
                .text(stored.department() == null ? "" : "（" + stored.department() + "）").raw("</dd>")
                .raw("<dt>").text(ui.get("print.service")).raw("</dt><dd>").text(stored.serviceName())
                .text(stored.provider() == null ? "" : "（" + stored.provider() + "）").raw("</dd>")
                .raw("<dt>").text(ui.get("print.date")).raw("</dt><dd>").text(stored.result().assessmentDate()).raw("</dd>")
                .raw("<dt>").text(ui.get("print.catalogue")).raw("</dt><dd>").text(stored.result().catalogueVersion()).raw("</dd>")
                .raw("<dt>").text(ui.get("print.id")).raw("</dt><dd>").text(id).raw("</dd>")
                .raw("<dt>").text(ui.get("print.recorded")).raw("</dt><dd>")
                .text(RECORDED.format(stored.summary().recordedAt().atZone(zone))).text(" ")
                .text(stored.summary().recordedBy()).raw("</dd></dl>\n")
                .raw("<section class=\"print-verdict\"><h2>").text(ui.get("print.verdict")).raw("</h2><p><span")
                .attr("class", "verdict " + Marks.cssClass(view.verdict().name())).raw("><span aria-hidden=\"true\">")
                .text(Marks.symbol(view.verdict().name())).raw(" </span>")
                .text(lang == Language.JA ? stored.result().verdict().ja() : stored.result().verdict().en())
                .raw("</span></p><p>").text(stored.result().verdict().meaning().in(lang)).raw("</p></section>\n");

        // next actions, in the order that moves the verdict
        h.raw("<section><h2>").text(ui.get("print.actions")).raw("</h2>\n");
        if (view.result().nextActions().isEmpty()) {
            h.raw("<p>").text(ui.get("print.none")).raw("</p>\n");
        } else {
            h.raw("<ol class=\"actions\">");
            for (NextActionText a : view.actions().blocking()) {
                h.raw("<li>").text(a.text().in(lang)).raw("</li>");
            }
            for (NextActionText a : view.actions().advisories()) {
                h.raw("<li>").text(ui.get("print.advice")).text(" ").text(a.text().in(lang)).raw("</li>");
            }
            h.raw("</ol>\n");
        }
        h.raw("</section>\n");

        // findings
        h.raw("<section><h2>").text(ui.get("print.findings")).raw("</h2>\n<table class=\"print-findings\"><thead><tr>")
                .raw("<th scope=\"col\">").text(ui.get("xlsx.col.id")).raw("</th>")
                .raw("<th scope=\"col\">").text(ui.get("xlsx.col.title")).raw("</th>")
                .raw("<th scope=\"col\">").text(ui.get("xlsx.col.level")).raw("</th>")
                .raw("<th scope=\"col\">").text(ui.get("xlsx.col.status")).raw("</th>")
                .raw("<th scope=\"col\">").text(ui.get("xlsx.col.clause")).raw("</th></tr></thead>\n<tbody>\n");
        for (ResultView.RequirementGroup g : view.groups()) {
            h.raw("<tr class=\"group-row\"><th scope=\"rowgroup\" colspan=\"5\">").text(g.id()).text(" ")
                    .text(g.name().in(lang)).raw("</th></tr>\n");
            for (FindingEntry f : g.findings()) {
                h.raw("<tr><th scope=\"row\">").text(f.id()).raw("</th><td>").text(f.title().in(lang)).raw("</td><td>")
                        .text(rows.level(f.level())).raw("</td><td").attr("class", "status " + Marks.cssClass(f.status()))
                        .raw("><span aria-hidden=\"true\">").text(Marks.symbol(f.status())).raw(" </span>")
                        .text(f.statusLabel().in(lang)).raw("</td><td>");
                f.sourceClauses().forEach(c -> h.text(c.label().in(lang)).raw("<br>"));
                h.raw("</td></tr>\n");
            }
        }
        h.raw("</tbody></table></section>\n");

        // risk register
        h.raw("<section><h2>").text(ui.get("print.risks")).raw("</h2>\n");
        if (view.risks().isEmpty()) {
            h.raw("<p>").text(ui.get("print.none")).raw("</p>\n");
        } else {
            h.raw("<table class=\"print-risks\"><thead><tr><th scope=\"col\">").text(ui.get("xlsx.col.id"))
                    .raw("</th><th scope=\"col\">").text(ui.get("xlsx.col.title")).raw("</th><th scope=\"col\">")
                    .text(ui.get("xlsx.col.state")).raw("</th><th scope=\"col\">").text(ui.get("xlsx.col.decision"))
                    .raw("</th></tr></thead>\n<tbody>\n");
            for (RiskEntryText r : view.risks()) {
                h.raw("<tr><th scope=\"row\">").text(r.id()).raw("</th><td>").text(r.title().in(lang)).raw("</td><td>")
                        .raw("<span aria-hidden=\"true\">").text(Marks.symbol(r.state())).raw(" </span>")
                        .text(ui.get("chart.riskState." + r.state())).raw("</td><td>").text(rows.decision(r))
                        .raw("</td></tr>\n");
            }
            h.raw("</tbody></table>\n");
        }
        h.raw("</section>\n");

        // signatures
        h.raw("<section class=\"signatures\"><h2>").text(ui.get("print.approval")).raw("</h2>\n<table class=\"sign-boxes\"><tr>");
        for (String role : new String[] {"print.sign.author", "print.sign.security", "print.sign.approver"}) {
            h.raw("<th scope=\"col\">").text(ui.get(role)).raw("</th>");
        }
        h.raw("</tr><tr>");
        for (int i = 0; i < 3; i++) {
            h.raw("<td class=\"sign-box\"><span class=\"sign-date\">").text(ui.get("print.sign.date")).raw("</span></td>");
        }
        h.raw("</tr></table></section>\n</article>\n");
        ViewRoutes.page(ctx, ui, ui.get("print.title"), h);
    }
}
