package kumo.adapters.web.ui.assess;

import java.util.List;
import java.util.Map;

import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.UiTexts;
import kumo.application.document.LocalizedText;
import kumo.application.document.result.AssessmentResultDocument.ClauseRef;
import kumo.application.document.result.AssessmentResultDocument.Fact;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskDecisionRecord;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.view.ResultView;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Status;

/**
 * Lays out one {@link ResultView} as HTML: the verdict with its meaning and counts, the next actions stage by
 * stage, the findings grouped by area (status, level, clauses, the facts used) and the risk register. Only
 * layout: what is shown where is the result view's; the policy's words come from the result and the catalogue
 * texts, the headings from the UI texts. Every value goes through {@link Html#text}.
 */
public final class ResultPanel {

    private final Catalogue catalogue;
    private final UiTexts texts;
    private final Language lang;

    public ResultPanel(Catalogue catalogue, UiTexts texts) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.lang = texts.language();
    }

    /** The verdict and what to do next: the part of a result that is read first. */
    public Html summary(ResultView view) {
        Html h = new Html();
        String code = view.verdict().name();
        h.raw("<div class=\"verdict verdict-").raw(code).raw("\"").attr("data-verdict", code).raw(">")
                .raw("<p class=\"verdict-label\">").text(texts.get("assess.result.verdict")).raw("</p>")
                .raw("<p class=\"verdict-name\">").text(lang == Language.JA ? view.result().verdict().ja()
                        : view.result().verdict().en()).raw("</p>")
                .raw("<p class=\"verdict-meaning\">").text(in(view.result().verdict().meaning())).raw("</p></div>\n");
        h.raw("<ul class=\"counts\">");
        for (Map.Entry<Status, Integer> e : view.counts().findings().entrySet()) {
            if (e.getValue() > 0) {
                h.raw("<li class=\"status-").raw(e.getKey().name()).raw("\">").text(word("status." + e.getKey().name(),
                        e.getKey().name())).raw(" <strong>").text(e.getValue()).raw("</strong></li>");
            }
        }
        h.raw("</ul>\n");
        h.append(actions(view));
        return h;
    }

    /** The whole result: summary, findings by area, risk register. */
    public Html full(ResultView view) {
        return new Html().append(summary(view)).append(findings(view)).append(risks(view));
    }

    private Html actions(ResultView view) {
        Html h = new Html().raw("<h3>").text(texts.get("assess.result.actions")).raw("</h3>\n");
        ResultView.ActionPlan plan = view.actions();
        if (plan.now() == null && plan.later().isEmpty() && plan.advisories().isEmpty()) {
            return h.raw("<p>").text(texts.get("assess.result.noActions")).raw("</p>\n");
        }
        if (plan.now() != null) {
            h.append(actionList(texts.get("assess.result.actionsNow"), plan.now().actions(), view));
        }
        for (ResultView.Stage stage : plan.later()) {
            h.append(actionList(texts.get("assess.result.actionsLater", word("verdict." + stage.verdict().name(),
                    stage.verdict().name())), stage.actions(), view));
        }
        if (!plan.advisories().isEmpty()) {
            h.append(actionList(texts.get("assess.result.advice"), plan.advisories(), view));
        }
        return h;
    }

    private Html actionList(String heading, List<NextActionText> actions, ResultView view) {
        Html h = new Html().raw("<p class=\"action-stage\">").text(heading).raw("</p>\n<ol class=\"actions\">");
        for (NextActionText a : actions) {
            h.raw("<li><span class=\"target\">").text(a.target()).raw("</span> ");
            view.title(a.target()).ifPresent(t -> h.raw("<span class=\"target-title\">").text(in(t)).raw("</span> "));
            h.raw("<br>").text(in(a.text())).raw("</li>");
        }
        return h.raw("</ol>\n");
    }

    /** The findings grouped by area, each with status, level, clauses and the facts used. */
    public Html findings(ResultView view) {
        Html h = new Html().raw("<h3>").text(texts.get("assess.result.findings")).raw("</h3>\n");
        for (ResultView.RequirementGroup group : view.groups()) {
            h.raw("<details class=\"finding-group\"");
            if (group.findings().stream().anyMatch(f -> !isSettled(f.status()))) {
                h.raw(" open");
            }
            h.raw("><summary>").text(in(group.name())).raw(" <span class=\"group-id\">").text(group.id())
                    .raw("</span></summary>\n<ul class=\"findings\">");
            for (FindingEntry f : group.findings()) {
                h.append(finding(f));
            }
            h.raw("</ul></details>\n");
        }
        return h;
    }

    private static boolean isSettled(String status) {
        return status.equals("MET") || status.equals("NOT_APPLICABLE") || status.equals("EXEMPT")
                || status.equals("DEVIATED");
    }

    private Html finding(FindingEntry f) {
        Html h = new Html().raw("<li class=\"finding status-").raw(safeCode(f.status())).raw("\"")
                .attr("data-finding", f.id()).attr("data-status", f.status()).raw(">");
        h.raw("<p class=\"finding-head\"><span class=\"finding-id\">").text(f.id()).raw("</span> ")
                .text(in(f.title())).raw("</p>\n<p class=\"finding-meta\"><span class=\"badge status-")
                .raw(safeCode(f.status())).raw("\">").text(in(f.statusLabel())).raw("</span> ")
                .text(texts.get("assess.result.level")).raw(": ").text(word("level." + f.level(), f.level()));
        if (!f.sourceClauses().isEmpty()) {
            h.raw(" · ").text(texts.get("assess.result.clauses")).raw(": ");
            boolean first = true;
            for (ClauseRef c : f.sourceClauses()) {
                if (!first) {
                    h.raw("、");
                }
                first = false;
                h.text(c.label() == null ? c.id() : in(c.label()));
            }
        }
        h.raw("</p>\n");
        for (LocalizedText reason : f.reasons()) {
            h.raw("<p class=\"reason\">").text(in(reason)).raw("</p>\n");
        }
        if (!f.facts().isEmpty()) {
            h.raw("<details class=\"facts\"><summary>").text(texts.get("assess.result.facts", f.facts().size()))
                    .raw("</summary><dl>");
            for (Fact fact : f.facts()) {
                h.raw("<dt>").text(fact.label() == null ? fact.name() : in(fact.label())).raw("</dt><dd>")
                        .text(fact.valueLabel() == null ? fact.value() : in(fact.valueLabel()));
                if (fact.evidence() != null) {
                    h.raw(" <span class=\"evidence\">(").text(fact.evidence()).raw(")</span>");
                }
                h.raw("</dd>");
            }
            h.raw("</dl></details>\n");
        }
        return h.raw("</li>\n");
    }

    /** The risk register: the open and the decided risks, with the city's decision. */
    public Html risks(ResultView view) {
        Html h = new Html().raw("<h3>").text(texts.get("assess.result.risks")).raw("</h3>\n");
        if (view.risks().isEmpty()) {
            return h.raw("<p>").text(texts.get("assess.result.noRisks")).raw("</p>\n");
        }
        h.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"").attr("aria-label", texts.get("assess.result.risks"))
                .raw("><table class=\"risks\"><thead><tr><th scope=\"col\">").text(texts.get("assess.result.risk"))
                .raw("</th><th scope=\"col\">").text(texts.get("assess.result.riskState"))
                .raw("</th><th scope=\"col\">").text(texts.get("assess.result.riskDecision"))
                .raw("</th></tr></thead><tbody>\n");
        for (RiskEntryText r : view.risks()) {
            h.raw("<tr").attr("data-risk", r.id()).attr("data-state", r.state()).raw("><th scope=\"row\">")
                    .text(r.id()).raw(" ").text(in(r.title())).raw("</th><td>").text(riskState(r.state()))
                    .raw("</td><td>");
            RiskDecisionRecord d = r.decision();
            if (d != null) {
                h.text(d.treatmentLabel() == null ? d.treatment() : in(d.treatmentLabel())).raw("<br>")
                        .text(d.rationale()).raw("<br><span class=\"who\">").text(d.decidedBy()).raw(" ")
                        .text(d.decidedOn()).raw("</span>");
            } else if (r.alternativeLabel() != null) {
                h.text(in(r.alternativeLabel()));
            }
            h.raw("</td></tr>\n");
        }
        return h.raw("</tbody></table></div>\n");
    }

    private String riskState(String state) {
        for (RiskState s : RiskState.values()) {
            if (s.name().equals(state)) {
                return texts.get("assess.riskState." + s.name());
            }
        }
        return state;
    }

    private String in(LocalizedText text) {
        return text == null ? "" : text.in(lang);
    }

    /** A word from the catalogue texts; the code itself when this catalogue has none. */
    private String word(String key, String code) {
        String text = catalogue.texts().find(lang, key);
        return text == null ? code : text;
    }

    /** A code used in a class name: letters, digits and underscores only. */
    private static String safeCode(String code) {
        return code == null ? "" : code.replaceAll("[^A-Za-z0-9_]", "");
    }
}
