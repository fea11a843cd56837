package kumo.adapters.web.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.UiTexts;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.view.ResultView;
import kumo.domain.assessment.RiskState;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Status;

/**
 * kumo's pictures, drawn as SVG on the server (no library), each with the same numbers as a table under it: a
 * figure to put on any page. Policy words (statuses, group names, verdicts) come from the result and the
 * catalogue; only the headings are UI texts ({@code chart.*}).
 */
public final class Charts {

    private Charts() {
    }

    /** The findings of one result by requirement group and status (stacked bars). */
    public static Html findingsByGroup(ResultView view, UiTexts texts) {
        return findingsByGroup(view, texts, "chart-findings");
    }

    /** As {@link #findingsByGroup(ResultView, UiTexts)}, with the figure's element ID ({@code [a-z0-9-]}). */
    public static Html findingsByGroup(ResultView view, UiTexts texts, String id) {
        Language lang = texts.language();
        List<StackedBars.Row> rows = new ArrayList<>();
        for (ResultView.RequirementGroup g : view.groups()) {
            rows.add(new StackedBars.Row(g.name().in(lang), byStatus(g.findings())));
        }
        int total = view.result().findings().size();
        return StackedBars.figure(id, texts.get("chart.findings.title"), texts.get("chart.group"),
                texts.get("chart.total"), texts.get("chart.findings.summary", total, statusSummary(view, lang)),
                statuses(view.result(), lang), rows);
    }

    /** The rows of the risk register by state (one bar per state that occurs). */
    public static Html risksByState(ResultView view, UiTexts texts) {
        return risksByState(view, texts, "chart-risks");
    }

    /** As {@link #risksByState(ResultView, UiTexts)}, with the figure's element ID. */
    public static Html risksByState(ResultView view, UiTexts texts, String id) {
        List<StackedBars.Category> states = new ArrayList<>();
        List<StackedBars.Row> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<RiskState, Integer> e : view.counts().risks().entrySet()) {
            String code = e.getKey().name();
            String label = texts.get("chart.riskState." + code);
            states.add(new StackedBars.Category(code, label));
            if (e.getValue() > 0) {
                rows.add(new StackedBars.Row(label, Map.of(code, e.getValue())));
                parts.add(label + " " + e.getValue());
            }
        }
        return StackedBars.figure(id, texts.get("chart.risks.title"), texts.get("chart.riskState"),
                texts.get("chart.total"), texts.get("chart.risks.summary", view.result().risks().size(),
                        String.join(separator(texts.language()), parts)), states, rows);
    }

    /** A column of a comparison: the service's label and its result. */
    public record Labelled(String label, AssessmentResultDocument result) {
    }

    /** The findings of several results (one per service compared) by status: one bar per result. */
    public static Html findingsByService(List<Labelled> results, UiTexts texts, String id) {
        Language lang = texts.language();
        List<StackedBars.Row> rows = new ArrayList<>();
        Map<String, StackedBars.Category> categories = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (Labelled l : results) {
            rows.add(new StackedBars.Row(l.label(), byStatus(l.result().findings())));
            statuses(l.result(), lang).forEach(c -> categories.putIfAbsent(c.code(), c));
            parts.add(l.label() + ": " + verdictName(l.result(), lang));
        }
        List<StackedBars.Category> ordered = new ArrayList<>();
        for (Status s : Status.values()) {
            if (categories.containsKey(s.name())) {
                ordered.add(categories.get(s.name()));
            }
        }
        return StackedBars.figure(id, texts.get("chart.services.title"), texts.get("chart.service"),
                texts.get("chart.total"), texts.get("chart.services.summary", String.join(separator(texts.language()),
                        parts)), ordered, rows);
    }

    /** One department's systems: how many have each verdict (code → count) in their latest assessment. */
    public record DepartmentRow(String department, Map<String, Integer> verdicts) {
    }

    /**
     * The verdicts of the latest assessment of each department's systems (stacked bars, one per department).
     *
     * @param verdictNames the name of each verdict code in the page's language (from the catalogue texts)
     */
    public static Html departmentVerdicts(List<DepartmentRow> departments, Map<String, String> verdictNames,
            UiTexts texts, String id) {
        List<StackedBars.Category> verdicts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            verdicts.add(new StackedBars.Category(v.name(), verdictNames.getOrDefault(v.name(), v.name())));
        }
        List<StackedBars.Row> rows = departments.stream()
                .map(d -> new StackedBars.Row(d.department(), d.verdicts())).toList();
        int systems = rows.stream().mapToInt(StackedBars.Row::total).sum();
        return StackedBars.figure(id, texts.get("chart.departments.title"), texts.get("chart.department"),
                texts.get("chart.total"), texts.get("chart.departments.summary", departments.size(), systems),
                verdicts, rows);
    }

    private static Map<String, Integer> byStatus(List<FindingEntry> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        findings.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
        return counts;
    }

    /** The statuses the result uses, in the order of {@link Status}, each with its label from the result. */
    private static List<StackedBars.Category> statuses(AssessmentResultDocument result, Language lang) {
        Map<String, String> labels = new LinkedHashMap<>();
        result.findings().forEach(f -> labels.putIfAbsent(f.status(), f.statusLabel().in(lang)));
        List<StackedBars.Category> categories = new ArrayList<>();
        for (Status s : Status.values()) {
            if (labels.containsKey(s.name())) {
                categories.add(new StackedBars.Category(s.name(), labels.get(s.name())));
            }
        }
        return categories;
    }

    private static String statusSummary(ResultView view, Language lang) {
        Map<String, String> labels = new LinkedHashMap<>();
        view.result().findings().forEach(f -> labels.putIfAbsent(f.status(), f.statusLabel().in(lang)));
        List<String> parts = new ArrayList<>();
        view.counts().findings().forEach((status, n) -> {
            if (n > 0) {
                parts.add(labels.getOrDefault(status.name(), status.name()) + " " + n);
            }
        });
        return String.join(separator(lang), parts);
    }

    /** How a list is joined in running text: {@code 、} in Japanese, {@code , } in English. */
    public static String separator(Language lang) {
        return lang == Language.JA ? "、" : ", ";
    }

    static String verdictName(AssessmentResultDocument result, Language lang) {
        return lang == Language.JA ? result.verdict().ja() : result.verdict().en();
    }
}
