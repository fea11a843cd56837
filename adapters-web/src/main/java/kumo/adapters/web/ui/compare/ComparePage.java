package kumo.adapters.web.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.javalin.http.Context;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.chart.Charts;
import kumo.adapters.web.ui.chart.Marks;
import kumo.adapters.web.ui.views.ViewRoutes;
import kumo.application.document.request.InformationClassificationDto;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.ServiceRecord;
import kumo.application.records.SystemRecord;
import kumo.application.records.port.in.CompareServicesUseCase;
import kumo.application.records.port.in.CompareServicesUseCase.Comparison;
import kumo.application.records.port.in.CompareServicesUseCase.Subject;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;
import kumo.domain.classification.ClassificationScheme;
import kumo.domain.classification.Confidentiality;

/**
 * {@code GET /compare}: one system (stored, or a classification typed in) against several stored services. The
 * form is a plain GET form (works without JavaScript, the result can be bookmarked); the assessments are the
 * {@link CompareServicesUseCase}'s. The grid shows each requirement's status per service with a symbol and its
 * name, not only a colour (WCAG 1.4.1), and the verdict per column.
 */
public final class ComparePage {

    static final String SOURCE_STORED = "stored";
    static final String SOURCE_TYPED = "typed";
    private static final Set<Confidentiality> FIVE_LEVEL_ONLY = Set.of(Confidentiality.C3A, Confidentiality.C3B,
            Confidentiality.C3C);

    private ComparePage() {
    }

    public static void show(Context ctx, WebWiring wiring) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        List<ServiceRecord> services = wiring.store().listProfiles()
                .list(ProfileKind.SERVICE, new PageRequest(1, PageRequest.MAX_SIZE)).items();
        List<SystemRecord> systems = wiring.store().listProfiles()
                .list(ProfileKind.SYSTEM, new PageRequest(1, PageRequest.MAX_SIZE)).items();
        Form form = Form.read(ctx);
        List<String> problems = form.problems(ui);
        Html h = new Html();
        if (form.submitted() && !problems.isEmpty()) {
            h.raw("<div class=\"error-summary\" role=\"alert\"><ul>");
            problems.forEach(p -> h.raw("<li class=\"error-message\">").text(p).raw("</li>"));
            h.raw("</ul></div>\n");
        }
        h.append(form(ui, form, services, systems));
        if (form.submitted() && problems.isEmpty()) {
            Comparison comparison = wiring.compare().compare(form.subject(), form.services());
            h.append(grid(ui, wiring, comparison));
        } else if (form.submitted()) {
            ctx.status(400);
        }
        ViewRoutes.page(ctx, ui, ui.get("compare.title"), h);
    }

    /** The form's values as sent; nothing is refused here that the page cannot name. */
    record Form(boolean submitted, String source, String system, String confidentiality, String myNumber,
            String personalData, List<String> services) {

        static Form read(Context ctx) {
            List<String> services = ctx.queryParams("service");
            String source = ctx.queryParam("source");
            return new Form(source != null || !services.isEmpty(), source, ctx.queryParam("system"),
                    ctx.queryParam("confidentiality"), ctx.queryParam("myNumber"), ctx.queryParam("personalData"),
                    services);
        }

        List<String> problems(UiTexts ui) {
            List<String> p = new ArrayList<>();
            if (!SOURCE_STORED.equals(source) && !SOURCE_TYPED.equals(source)) {
                p.add(ui.get("compare.error.source"));
            } else if (SOURCE_STORED.equals(source) && blank(system)) {
                p.add(ui.get("compare.error.system"));
            } else if (SOURCE_TYPED.equals(source)) {
                if (!blank(confidentiality) && level() == null) {
                    p.add(ui.get("compare.error.confidentiality", confidentiality));
                }
                if (!triState(myNumber)) {
                    p.add(ui.get("compare.error.myNumber", myNumber));
                }
                if (!triState(personalData)) {
                    p.add(ui.get("compare.error.personalData", personalData));
                }
            }
            if (services.stream().allMatch(ComparePage::blank)) {
                p.add(ui.get("compare.error.services"));
            } else if (services.size() > CompareServicesUseCase.MAX_SERVICES) {
                p.add(ui.get("compare.error.tooMany", CompareServicesUseCase.MAX_SERVICES, services.size()));
            }
            return p;
        }

        Confidentiality level() {
            for (Confidentiality c : Confidentiality.values()) {
                if (c.name().equals(confidentiality)) {
                    return c;
                }
            }
            return null;
        }

        Subject subject() {
            if (SOURCE_STORED.equals(source)) {
                return Subject.stored(system);
            }
            Confidentiality c = level();
            ClassificationScheme scheme = c != null && FIVE_LEVEL_ONLY.contains(c) ? ClassificationScheme.FIVE_LEVEL_2024 : null;
            return Subject.classified(new InformationClassificationDto(scheme, c, null, null, null, bool(myNumber),
                    bool(personalData)));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean triState(String s) {
        return blank(s) || "true".equals(s) || "false".equals(s);
    }

    private static Boolean bool(String s) {
        return blank(s) ? null : Boolean.valueOf(s);
    }

    private static Html form(UiTexts ui, Form form, List<ServiceRecord> services, List<SystemRecord> systems) {
        boolean typed = SOURCE_TYPED.equals(form.source());
        Html h = new Html().raw("<form class=\"compare-form\" method=\"get\" action=\"/compare\">\n")
                .raw("<fieldset><legend>").text(ui.get("compare.system.legend")).raw("</legend>\n")
                .raw("<div class=\"choice\"><input type=\"radio\" id=\"source-stored\" name=\"source\" value=\"stored\"")
                .raw(typed ? "" : " checked").raw("><label for=\"source-stored\">").text(ui.get("compare.source.stored"))
                .raw("</label></div>\n")
                .raw("<label for=\"system\">").text(ui.get("compare.system")).raw("</label><select id=\"system\" name=\"system\">")
                .raw("<option value=\"\">").text(ui.get("compare.system.choose")).raw("</option>");
        for (SystemRecord s : systems) {
            h.raw("<option").attr("value", s.id()).raw(s.id().equals(form.system()) ? " selected" : "").raw(">")
                    .text(label(s.id(), s.profile().name(), s.profile().department())).raw("</option>");
        }
        h.raw("</select>\n");
        if (systems.isEmpty()) {
            h.raw("<p class=\"hint\">").text(ui.get("compare.system.none")).raw("</p>\n");
        }
        h.raw("<div class=\"choice\"><input type=\"radio\" id=\"source-typed\" name=\"source\" value=\"typed\"")
                .raw(typed ? " checked" : "").raw("><label for=\"source-typed\">").text(ui.get("compare.source.typed"))
                .raw("</label></div>\n<div class=\"filter-fields\">")
                .raw("<div><label for=\"confidentiality\">").text(ui.get("compare.confidentiality"))
                .raw("</label><select id=\"confidentiality\" name=\"confidentiality\"><option value=\"\">")
                .text(ui.get("compare.unknown")).raw("</option>");
        for (Confidentiality c : Confidentiality.values()) {
            h.raw("<option").attr("value", c.name()).raw(c.name().equals(form.confidentiality()) ? " selected" : "")
                    .raw(">").text(ui.get("compare.confidentiality." + c.name())).raw("</option>");
        }
        h.raw("</select></div>\n").append(triSelect(ui, "myNumber", "compare.myNumber", form.myNumber()))
                .append(triSelect(ui, "personalData", "compare.personalData", form.personalData()))
                .raw("</div>\n</fieldset>\n<fieldset><legend>").text(ui.get("compare.services.legend")).raw("</legend>\n");
        if (services.isEmpty()) {
            h.raw("<p class=\"hint\">").text(ui.get("compare.services.none")).raw("</p>\n");
        }
        int i = 0;
        for (ServiceRecord s : services) {
            String id = "service-" + i++;
            h.raw("<div class=\"choice\"><input type=\"checkbox\" name=\"service\"").attr("id", id).attr("value", s.id())
                    .raw(form.services().contains(s.id()) ? " checked" : "").raw("><label").attr("for", id).raw(">")
                    .text(label(s.id(), s.profile().name(), s.profile().provider())).raw("</label></div>\n");
        }
        return h.raw("</fieldset>\n<p><button type=\"submit\">").text(ui.get("compare.submit")).raw("</button></p>\n</form>\n");
    }

    private static Html triSelect(UiTexts ui, String name, String labelKey, String value) {
        Html h = new Html().raw("<div><label").attr("for", name).raw(">").text(ui.get(labelKey)).raw("</label><select")
                .attr("id", name).attr("name", name).raw(">");
        for (String v : List.of("", "true", "false")) {
            String text = ui.get(v.isEmpty() ? "compare.unknown" : "compare." + v);
            h.raw("<option").attr("value", v).raw(v.equals(value == null ? "" : value) ? " selected" : "").raw(">")
                    .text(text).raw("</option>");
        }
        return h.raw("</select></div>\n");
    }

    private static String label(String id, String name, String owner) {
        String shown = name == null || name.equals(id) ? id : name + " (" + id + ")";
        return owner == null ? shown : shown + " — " + owner;
    }

    private static Html grid(UiTexts ui, WebWiring wiring, Comparison comparison) {
        Language lang = ui.language();
        List<CompareServicesUseCase.Column> columns = comparison.columns();
        Html h = new Html().raw("<section aria-labelledby=\"compare-result\"><h2 id=\"compare-result\">")
                .text(ui.get("compare.result")).raw("</h2>\n<p>");
        if (comparison.systemId() != null) {
            h.text(ui.get("compare.subject.stored", label(comparison.systemId(), comparison.system().name(),
                    comparison.system().department())));
        } else {
            h.text(ui.get("compare.subject.typed"));
        }
        h.raw("</p>\n<div class=\"table-scroll\"><table class=\"compare-grid\"><caption>").text(ui.get("compare.grid.caption"))
                .raw("</caption>\n<thead><tr><th scope=\"col\">").text(ui.get("compare.requirement")).raw("</th>");
        for (CompareServicesUseCase.Column c : columns) {
            h.raw("<th scope=\"col\">").text(label(c.service().id(), c.service().profile().name(), null)).raw("</th>");
        }
        h.raw("</tr>\n<tr><th scope=\"row\">").text(ui.get("compare.verdict")).raw("</th>");
        for (CompareServicesUseCase.Column c : columns) {
            AssessmentResultDocument.VerdictText v = c.result().verdict();
            h.raw("<td").attr("class", "verdict " + Marks.cssClass(v.code())).raw("><span aria-hidden=\"true\">")
                    .text(Marks.symbol(v.code())).raw(" </span>").text(lang == Language.JA ? v.ja() : v.en()).raw("</td>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        ResultView first = ResultView.of(columns.get(0).result(), wiring.catalogue());
        int span = columns.size() + 1;
        for (ResultView.RequirementGroup g : first.groups()) {
            h.raw("<tr class=\"group-row\"><th scope=\"rowgroup\"").attr("colspan", span).raw(">").text(g.id()).text(" ")
                    .text(g.name().in(lang)).raw("</th></tr>\n");
            for (FindingEntry f : g.findings()) {
                h.raw("<tr><th scope=\"row\"><a").attr("href", "/catalogue/requirements/" + f.id()).raw(">").text(f.id())
                        .raw("</a> ").text(f.title().in(lang)).raw("</th>");
                for (CompareServicesUseCase.Column c : columns) {
                    FindingEntry same = c.result().findings().stream().filter(x -> x.id().equals(f.id())).findFirst()
                            .orElse(null);
                    if (same == null) {
                        h.raw("<td>—</td>");
                        continue;
                    }
                    h.raw("<td").attr("class", "status " + Marks.cssClass(same.status())).raw("><span aria-hidden=\"true\">")
                            .text(Marks.symbol(same.status())).raw(" </span>").text(same.statusLabel().in(lang)).raw("</td>");
                }
                h.raw("</tr>\n");
            }
        }
        h.raw("</tbody></table></div>\n");
        List<Charts.Labelled> labelled = columns.stream()
                .map(c -> new Charts.Labelled(label(c.service().id(), c.service().profile().name(), null), c.result()))
                .toList();
        h.append(Charts.findingsByService(labelled, ui, "chart-compare"));
        return h.raw("</section>\n");
    }
}
