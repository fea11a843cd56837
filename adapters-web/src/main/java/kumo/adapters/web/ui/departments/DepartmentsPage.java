package kumo.adapters.web.ui.departments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.chart.Charts;
import kumo.adapters.web.ui.chart.Marks;
import kumo.adapters.web.ui.views.ViewRoutes;
import kumo.application.records.port.in.SystemVerdictsUseCase.Department;
import kumo.application.records.port.in.SystemVerdictsUseCase.SystemVerdict;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * {@code GET /departments}: the verdict of each stored system's latest assessment, department by department — a
 * picture (stacked bars, with its table) and, per department, its systems with links to their results.
 */
public final class DepartmentsPage {

    private DepartmentsPage() {
    }

    public static void show(Context ctx, WebWiring wiring) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        Language lang = ui.language();
        Texts texts = wiring.catalogue().texts();
        List<Department> departments = wiring.verdicts().byDepartment();
        Map<String, String> verdictNames = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdictNames.put(v.name(), texts.get(lang, "verdict." + v.name()));
        }
        Html h = new Html().raw("<p>").text(ui.get("departments.intro")).raw("</p>\n");
        if (departments.isEmpty()) {
            h.raw("<p>").text(ui.get("departments.none")).raw("</p>\n");
            ViewRoutes.page(ctx, ui, ui.get("departments.title"), h);
            return;
        }
        List<Charts.DepartmentRow> rows = new ArrayList<>();
        for (Department d : departments) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            d.systems().stream().filter(s -> s.verdict() != null).forEach(s -> counts.merge(s.verdict(), 1, Integer::sum));
            rows.add(new Charts.DepartmentRow(name(ui, d), counts));
        }
        h.append(Charts.departmentVerdicts(rows, verdictNames, ui, "chart-departments"));
        int n = 0;
        for (Department d : departments) {
            String headingId = "department-" + n++;
            h.raw("<section").attr("aria-labelledby", headingId).raw("><h2").attr("id", headingId).raw(">")
                    .text(name(ui, d)).raw("</h2>\n<div class=\"table-scroll\"><table").attr("aria-labelledby", headingId)
                    .raw("><thead><tr><th scope=\"col\">").text(ui.get("departments.system")).raw("</th><th scope=\"col\">")
                    .text(ui.get("departments.verdict")).raw("</th><th scope=\"col\">").text(ui.get("departments.service"))
                    .raw("</th><th scope=\"col\">").text(ui.get("departments.date")).raw("</th><th scope=\"col\">")
                    .text(ui.get("departments.links")).raw("</th></tr></thead>\n<tbody>\n");
            for (SystemVerdict s : d.systems()) {
                h.raw("<tr><th scope=\"row\">").text(s.name() == null || s.name().equals(s.systemId()) ? s.systemId()
                        : s.name() + " (" + s.systemId() + ")").raw("</th>");
                if (s.verdict() == null) {
                    h.raw("<td>").text(ui.get("departments.notAssessed")).raw("</td><td></td><td></td><td></td></tr>\n");
                    continue;
                }
                String base = "/assessments/" + Page.query(s.assessmentId());
                h.raw("<td").attr("class", "verdict " + Marks.cssClass(s.verdict())).raw("><span aria-hidden=\"true\">")
                        .text(Marks.symbol(s.verdict())).raw(" </span>").text(verdictNames.getOrDefault(s.verdict(), s.verdict()))
                        .raw("</td><td>").text(s.serviceId()).raw("</td><td>").text(s.assessmentDate()).raw("</td><td>")
                        .raw("<a").attr("href", base).raw(">").text(ui.get("departments.result")).raw("</a> ")
                        .raw("<a").attr("href", base + "/charts").raw(">").text(ui.get("chart.page.title")).raw("</a> ")
                        .raw("<a").attr("href", base + "/print").raw(">").text(ui.get("print.link")).raw("</a></td></tr>\n");
            }
            h.raw("</tbody></table></div></section>\n");
        }
        ViewRoutes.page(ctx, ui, ui.get("departments.title"), h);
    }

    private static String name(UiTexts ui, Department d) {
        return d.name() == null || d.name().isBlank() ? ui.get("departments.unnamed") : d.name();
    }
}
