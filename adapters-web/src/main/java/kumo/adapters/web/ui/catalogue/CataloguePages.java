package kumo.adapters.web.ui.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.views.ViewRoutes;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.ExemptionDefinition;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.catalogue.Texts;

/**
 * The catalogue browser: every requirement (by group), exemption and risk with its clauses, both texts (the
 * page's language first, the other one in a disclosure) and kumo's interpretation notes; one page per
 * requirement and per risk. Filtering by group and level is a plain GET form (works without JavaScript). Every
 * word of the policy comes from the catalogue's texts; only headings are UI texts ({@code catalogue.*}).
 */
public final class CataloguePages {

    private CataloguePages() {
    }

    /** {@code GET /catalogue[?group=ENT&level=MANDATORY]}. */
    public static void index(Context ctx, WebWiring wiring) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        Catalogue catalogue = wiring.catalogue();
        Texts texts = catalogue.texts();
        Language lang = ui.language();
        Set<String> groups = new LinkedHashSet<>();
        catalogue.requirements().forEach(r -> groups.add(r.group()));
        String group = ctx.queryParam("group");
        String levelParam = ctx.queryParam("level");
        boolean badGroup = group != null && !group.isEmpty() && !groups.contains(group);
        Level level = parseLevel(levelParam);
        boolean badLevel = levelParam != null && !levelParam.isEmpty() && level == null;
        if (badGroup || badLevel) {
            ViewRoutes.problem(ctx, ui, 400, ui.get("views.invalid.title"), badGroup
                    ? List.of(ui.get("catalogue.filter.badGroup", group)) : List.of(ui.get("catalogue.filter.badLevel", levelParam)));
            return;
        }
        boolean filtered = (group != null && !group.isEmpty()) || level != null;

        Html h = new Html();
        h.raw("<p>").text(ui.get("catalogue.intro", catalogue.version(), catalogue.policyDate())).raw("</p>\n");
        h.raw("<p>").text(ui.get("catalogue.interpretations")).raw("</p>\n");
        // the filter: a GET form, every field labelled
        h.raw("<form class=\"filter\" method=\"get\" action=\"/catalogue\">\n<div class=\"filter-fields\">")
                .raw("<div><label for=\"filter-group\">").text(ui.get("catalogue.filter.group")).raw("</label>")
                .raw("<select id=\"filter-group\" name=\"group\"><option value=\"\">").text(ui.get("catalogue.filter.all"))
                .raw("</option>");
        for (String g : groups) {
            h.raw("<option").attr("value", g).raw(g.equals(group) ? " selected" : "").raw(">").text(g).text(" ")
                    .text(groupName(texts, g, lang)).raw("</option>");
        }
        h.raw("</select></div>\n<div><label for=\"filter-level\">").text(ui.get("catalogue.filter.level"))
                .raw("</label><select id=\"filter-level\" name=\"level\"><option value=\"\">")
                .text(ui.get("catalogue.filter.all")).raw("</option>");
        for (Level l : Level.values()) {
            h.raw("<option").attr("value", l.name()).raw(l == level ? " selected" : "").raw(">")
                    .text(texts.get(lang, "level." + l.name())).raw("</option>");
        }
        h.raw("</select></div>\n<div class=\"filter-actions\"><button type=\"submit\">").text(ui.get("catalogue.filter.apply"))
                .raw("</button>");
        if (filtered) {
            h.raw(" <a href=\"/catalogue\">").text(ui.get("catalogue.filter.clear")).raw("</a>");
        }
        h.raw("</div></div></form>\n");

        // requirements, by group
        h.raw("<section aria-labelledby=\"requirements\"><h2 id=\"requirements\">").text(ui.get("catalogue.requirements"))
                .raw("</h2>\n");
        int shown = 0;
        for (String g : groups) {
            if (group != null && !group.isEmpty() && !g.equals(group)) {
                continue;
            }
            List<Requirement> rows = catalogue.requirements().stream()
                    .filter(r -> r.group().equals(g) && (level == null || r.level() == level)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            shown += rows.size();
            String headingId = "group-" + g.toLowerCase(Locale.ROOT);
            h.raw("<h3").attr("id", headingId).raw(">").text(g).text(" ").text(groupName(texts, g, lang)).raw("</h3>\n")
                    .raw("<div class=\"table-scroll\"><table").attr("aria-labelledby", headingId).raw(">\n<thead><tr>")
                    .raw("<th scope=\"col\">").text(ui.get("catalogue.id")).raw("</th>")
                    .raw("<th scope=\"col\">").text(ui.get("catalogue.title")).raw("</th>")
                    .raw("<th scope=\"col\">").text(ui.get("catalogue.level")).raw("</th>")
                    .raw("<th scope=\"col\">").text(ui.get("catalogue.kind")).raw("</th>")
                    .raw("<th scope=\"col\">").text(ui.get("catalogue.clauses")).raw("</th></tr></thead>\n<tbody>\n");
            for (Requirement r : rows) {
                h.raw("<tr><th scope=\"row\"><a").attr("href", "/catalogue/requirements/" + Page.query(r.id())).raw(">")
                        .text(r.id()).raw("</a></th><td>").text(texts.get(lang, r.id() + ".title"));
                if (r.interpretation()) {
                    h.raw(" <span class=\"tag\">").text(ui.get("catalogue.hasInterpretation")).raw("</span>");
                }
                h.raw("</td><td>").text(texts.get(lang, "level." + r.level().name())).raw("</td><td>")
                        .text(texts.get(lang, "kind." + r.kind().name())).raw("</td><td>")
                        .append(clauseList(texts, r.sourceClauses(), lang)).raw("</td></tr>\n");
            }
            h.raw("</tbody></table></div>\n");
        }
        if (shown == 0) {
            h.raw("<p>").text(ui.get("catalogue.none")).raw("</p>\n");
        }
        h.raw("</section>\n");
        if (filtered) {
            ViewRoutes.page(ctx, ui, ui.get("catalogue.title.page"), h);
            return;
        }

        // exemptions
        h.raw("<section aria-labelledby=\"exemptions\"><h2 id=\"exemptions\">").text(ui.get("catalogue.exemptions"))
                .raw("</h2>\n");
        for (ExemptionDefinition e : catalogue.exemptions()) {
            h.raw("<article class=\"catalogue-entry\"><h3>").text(e.id()).text(" ").text(texts.get(lang, e.id() + ".title"))
                    .raw("</h3>\n").append(bilingual(ui, texts, e.id() + ".text", lang));
            if (texts.has(e.id() + ".condition")) {
                h.raw("<p><strong>").text(ui.get("catalogue.condition")).raw("</strong> ")
                        .text(texts.get(lang, e.id() + ".condition")).raw("</p>\n");
            }
            h.raw("<p><strong>").text(ui.get("catalogue.exempts")).raw("</strong> ").append(requirementLinks(e.exempts()))
                    .raw("</p>\n<p><strong>").text(ui.get("catalogue.clauses")).raw("</strong> ")
                    .append(clauseList(texts, e.sourceClauses(), lang)).raw("</p>\n</article>\n");
        }
        h.raw("</section>\n");

        // risks
        h.raw("<section aria-labelledby=\"risks\"><h2 id=\"risks\">").text(ui.get("catalogue.risks")).raw("</h2>\n")
                .raw("<div class=\"table-scroll\"><table aria-labelledby=\"risks\">\n<thead><tr>")
                .raw("<th scope=\"col\">").text(ui.get("catalogue.id")).raw("</th>")
                .raw("<th scope=\"col\">").text(ui.get("catalogue.title")).raw("</th>")
                .raw("<th scope=\"col\">").text(ui.get("catalogue.alternative")).raw("</th>")
                .raw("<th scope=\"col\">").text(ui.get("catalogue.clauses")).raw("</th></tr></thead>\n<tbody>\n");
        for (RiskDefinition r : catalogue.risks()) {
            h.raw("<tr><th scope=\"row\"><a").attr("href", "/catalogue/risks/" + Page.query(r.id())).raw(">").text(r.id())
                    .raw("</a></th><td>").text(texts.get(lang, r.id() + ".title")).raw("</td><td>")
                    .text(texts.get(lang, "alternative." + r.alternative().name())).raw("</td><td>")
                    .append(clauseList(texts, r.sourceClauses(), lang)).raw("</td></tr>\n");
        }
        h.raw("</tbody></table></div>\n</section>\n");
        ViewRoutes.page(ctx, ui, ui.get("catalogue.title.page"), h);
    }

    /** {@code GET /catalogue/requirements/{id}}. */
    public static void requirement(Context ctx, WebWiring wiring, String id) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        Catalogue catalogue = wiring.catalogue();
        Requirement r = catalogue.requirement(id);
        if (r == null) {
            throw new ViewRoutes.NotFound(ui.get("catalogue.requirement.notFound", id));
        }
        Texts texts = catalogue.texts();
        Language lang = ui.language();
        Html h = new Html();
        h.raw("<p><a href=\"/catalogue\">").text(ui.get("catalogue.back")).raw("</a></p>\n<dl class=\"facts\">")
                .raw("<dt>").text(ui.get("catalogue.group")).raw("</dt><dd>").text(r.group()).text(" ")
                .text(groupName(texts, r.group(), lang)).raw("</dd>")
                .raw("<dt>").text(ui.get("catalogue.level")).raw("</dt><dd>").text(texts.get(lang, "level." + r.level().name())).raw("</dd>")
                .raw("<dt>").text(ui.get("catalogue.kind")).raw("</dt><dd>").text(texts.get(lang, "kind." + r.kind().name())).raw("</dd>")
                .raw("<dt>").text(ui.get("catalogue.flags")).raw("</dt><dd>").text(flags(ui, r)).raw("</dd>")
                .raw("</dl>\n<h2>").text(ui.get("catalogue.text")).raw("</h2>\n")
                .append(bilingual(ui, texts, r.id() + ".text", lang));
        section(h, ui, texts, lang, r.id() + ".condition", "catalogue.condition");
        section(h, ui, texts, lang, r.id() + ".interpretation", "catalogue.interpretation");
        section(h, ui, texts, lang, r.id() + ".evidence", "catalogue.evidence");
        section(h, ui, texts, lang, r.id() + ".action", "catalogue.action");
        h.raw("<h2>").text(ui.get("catalogue.clauses")).raw("</h2>\n").append(clauseDetails(ui, texts, r.sourceClauses(), lang));
        List<String> exemptions = catalogue.exemptions().stream().filter(e -> e.exempts().contains(r.id()))
                .map(ExemptionDefinition::id).toList();
        List<String> risks = catalogue.risks().stream().filter(k -> k.linkedRequirements().contains(r.id()))
                .map(RiskDefinition::id).toList();
        h.raw("<h2>").text(ui.get("catalogue.related")).raw("</h2>\n<dl class=\"facts\"><dt>").text(ui.get("catalogue.exemptedBy"))
                .raw("</dt><dd>").text(exemptions.isEmpty() ? ui.get("catalogue.nothing") : String.join(", ", exemptions))
                .raw("</dd><dt>").text(ui.get("catalogue.linkedRisks")).raw("</dt><dd>");
        if (risks.isEmpty()) {
            h.text(ui.get("catalogue.nothing"));
        }
        for (String k : risks) {
            h.raw("<a").attr("href", "/catalogue/risks/" + Page.query(k)).raw(">").text(k).raw("</a> ");
        }
        h.raw("</dd></dl>\n");
        ViewRoutes.page(ctx, ui, r.id() + " " + texts.get(lang, r.id() + ".title"), h);
    }

    /** {@code GET /catalogue/risks/{id}}. */
    public static void risk(Context ctx, WebWiring wiring, String id) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        Catalogue catalogue = wiring.catalogue();
        RiskDefinition r = catalogue.risk(id);
        if (r == null) {
            throw new ViewRoutes.NotFound(ui.get("catalogue.risk.notFound", id));
        }
        Texts texts = catalogue.texts();
        Language lang = ui.language();
        Html h = new Html();
        h.raw("<p><a href=\"/catalogue#risks\">").text(ui.get("catalogue.back")).raw("</a></p>\n<h2>")
                .text(ui.get("catalogue.text")).raw("</h2>\n").append(bilingual(ui, texts, r.id() + ".text", lang));
        section(h, ui, texts, lang, r.id() + ".check", "catalogue.check");
        section(h, ui, texts, lang, r.id() + ".capability", "catalogue.capability");
        h.raw("<h2>").text(ui.get("catalogue.alternative")).raw("</h2>\n<p>")
                .text(texts.get(lang, "alternative." + r.alternative().name())).raw("</p>\n");
        if (texts.has(r.id() + ".alternative")) {
            h.append(bilingual(ui, texts, r.id() + ".alternative", lang));
        }
        section(h, ui, texts, lang, r.id() + ".interpretation", "catalogue.interpretation");
        h.raw("<h2>").text(ui.get("catalogue.clauses")).raw("</h2>\n").append(clauseDetails(ui, texts, r.sourceClauses(), lang))
                .raw("<h2>").text(ui.get("catalogue.linkedRequirements")).raw("</h2>\n<p>");
        if (r.linkedRequirements().isEmpty()) {
            h.text(ui.get("catalogue.nothing"));
        }
        h.append(requirementLinks(r.linkedRequirements())).raw("</p>\n");
        ViewRoutes.page(ctx, ui, r.id() + " " + texts.get(lang, r.id() + ".title"), h);
    }

    // ---------------------------------------------------------------- pieces

    private static Level parseLevel(String value) {
        for (Level l : Level.values()) {
            if (l.name().equals(value)) {
                return l;
            }
        }
        return null;
    }

    private static String groupName(Texts texts, String group, Language lang) {
        String name = texts.find(lang, "group." + group);
        return name == null ? "" : name;
    }

    /** A heading and both texts of {@code key}, when the catalogue has it. */
    private static void section(Html h, UiTexts ui, Texts texts, Language lang, String key, String heading) {
        if (texts.has(key)) {
            h.raw("<h2>").text(ui.get(heading)).raw("</h2>\n").append(bilingual(ui, texts, key, lang));
        }
    }

    /** The text in the page's language, then the other language's in a disclosure, each marked with its lang. */
    static Html bilingual(UiTexts ui, Texts texts, String key, Language lang) {
        Language other = lang == Language.JA ? Language.EN : Language.JA;
        Html h = new Html().raw("<div class=\"bilingual\"><p").attr("lang", lang.code()).raw(">")
                .text(texts.get(lang, key)).raw("</p>");
        String second = texts.find(other, key);
        if (second != null) {
            h.raw("<details><summary>").text(ui.get("catalogue.otherLanguage")).raw("</summary><p")
                    .attr("lang", other.code()).raw(">").text(second).raw("</p></details>");
        }
        return h.raw("</div>\n");
    }

    private static Html clauseList(Texts texts, List<String> clauses, Language lang) {
        Html h = new Html().raw("<ul class=\"clauses\">");
        for (String c : clauses) {
            String label = texts.find(lang, "clause." + c);
            h.raw("<li>").text(label == null ? c : label).raw("</li>");
        }
        return h.raw("</ul>");
    }

    private static Html clauseDetails(UiTexts ui, Texts texts, List<String> clauses, Language lang) {
        Html h = new Html().raw("<ul class=\"clauses\">\n");
        for (String c : clauses) {
            h.raw("<li>");
            if (texts.has("clause." + c)) {
                h.append(bilingual(ui, texts, "clause." + c, lang));
            } else {
                h.text(c);
            }
            h.raw("</li>\n");
        }
        return h.raw("</ul>\n");
    }

    private static Html requirementLinks(List<String> ids) {
        Html h = new Html();
        for (String id : ids) {
            h.raw("<a").attr("href", "/catalogue/requirements/" + Page.query(id)).raw(">").text(id).raw("</a> ");
        }
        return h;
    }

    private static String flags(UiTexts ui, Requirement r) {
        List<String> flags = new java.util.ArrayList<>();
        if (r.conditional()) {
            flags.add(ui.get("catalogue.flag.conditional"));
        }
        if (r.deviable()) {
            flags.add(ui.get("catalogue.flag.deviable"));
        }
        if (r.neverExempt()) {
            flags.add(ui.get("catalogue.flag.neverExempt"));
        }
        if (r.section5()) {
            flags.add(ui.get("catalogue.flag.section5"));
        }
        return flags.isEmpty() ? ui.get("catalogue.nothing") : String.join(kumo.adapters.web.ui.chart.Charts.separator(ui.language()), flags);
    }
}
