package kumo.adapters.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kumo.application.document.LocalizedText;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.ExemptionEntry;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.view.ResultView;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/**
 * The assessment result as readable text, in one language: a header (system, service, catalogue
 * version, date, verdict with its meaning), the next actions (what moves the assessment past its verdict
 * first, the later ones in brief, the advisories last), the findings by requirement group, the
 * exemptions, the open and decided rows of the risk register, and the advisories. What goes where —
 * the groups, the order of the actions, what an advisory is, the counts — is the {@link ResultView}'s;
 * this class only lays it out. Words that belong to the policy come from the catalogue texts; the CLI's
 * own headings from {@link CliTexts}.
 */
final class TextReport {

    private static final String SECTION = "■ ";
    private static final String INDENT = "  ";
    private static final String DETAIL = "      ";
    private static final String SUBSECTION = "▶ ";
    private static final int SHORT_TEXT = 60;

    /** Where the assessment date came from. */
    enum DateSource {
        OPTION("header.date.option"), REQUEST("header.date.request"), TODAY("header.date.today"),
        /** A stored assessment whose request had no date: the day it was recorded on. */
        RECORDED("header.date.recorded");

        final String key;

        DateSource(String key) {
            this.key = key;
        }
    }

    private final CliTexts cli;
    private final Catalogue catalogue;
    private final Language lang;

    TextReport(CliTexts cli, Catalogue catalogue) {
        this.cli = cli;
        this.catalogue = catalogue;
        this.lang = cli.language();
    }

    /** The view every front door renders, of this result. */
    ResultView view(AssessmentResultDocument result) {
        return ResultView.of(result, catalogue);
    }

    /** The one line {@code --quiet} prints: the verdict in words and its code. */
    String verdictLine(AssessmentResultDocument result) {
        return cli.get("header.verdict") + ": " + cli.get("paren", verdictName(result), result.verdict().code());
    }

    void write(PrintWriter out, AssessmentResultDocument result, AssessmentRequestDocument request, DateSource dateSource) {
        ResultView view = view(result);
        header(out, view, request, dateSource);
        Map<String, Integer> actionNumbers = new LinkedHashMap<>();
        Set<String> listedBriefly = new HashSet<>();
        actions(out, view, actionNumbers, listedBriefly);
        findings(out, view);
        exemptions(out, view);
        risks(out, view);
        advisories(out, view, actionNumbers, listedBriefly);
    }

    // ---------------------------------------------------------------- header

    private void header(PrintWriter out, ResultView view, AssessmentRequestDocument request, DateSource dateSource) {
        AssessmentResultDocument r = view.result();
        out.println(cli.get("header.title"));
        var system = request.system();
        var service = request.service();
        out.println(INDENT + cli.get("header.system") + ": "
                + nameWithOwner(system == null ? null : system.name(), system == null ? null : system.department()));
        out.println(INDENT + cli.get("header.service") + ": "
                + nameWithOwner(service == null ? null : service.name(), service == null ? null : service.provider()));
        String policyDate = catalogue.version().equals(r.catalogueVersion()) ? String.valueOf(catalogue.policyDate()) : "—";
        out.println(INDENT + cli.get("header.catalogue") + ": " + cli.get("header.catalogue.value", r.catalogueVersion(), policyDate));
        out.println(INDENT + cli.get("header.date") + ": " + cli.get("paren", r.assessmentDate(), cli.get(dateSource.key)));
        out.println(INDENT + verdictLine(r));
        out.println(INDENT + "  " + safe(r.verdict().meaning().in(lang)));
        out.println(INDENT + cli.get("header.summary") + ": " + summary(view));
        if (!r.inScope()) {
            out.println(INDENT + cli.get("header.outOfScope"));
        }
    }

    private String nameWithOwner(String name, String owner) {
        String shown = present(name) ? safe(name) : cli.get("unknown");
        return present(owner) ? cli.get("paren", shown, owner) : shown;
    }

    /** Non-zero finding counts per status, in the order of the statuses. */
    private String summary(ResultView view) {
        List<String> parts = new ArrayList<>();
        view.counts().findings().forEach((status, n) -> {
            if (n > 0) {
                parts.add(label("status." + status.name(), status.name()) + " " + n);
            }
        });
        return String.join(cli.get("list.separator"), parts);
    }

    // ---------------------------------------------------------------- next actions

    /**
     * Prints the next actions in the view's order; fills in the number given to each target that got one
     * and the targets listed only in brief: the stage to clear first, numbered and in full; the later
     * stages, one short unnumbered line each, grouped and counted per stage; then the advice, numbered and
     * in full (out of scope, that is every action).
     */
    private void actions(PrintWriter out, ResultView view, Map<String, Integer> numbers, Set<String> listedBriefly) {
        List<NextActionText> actions = view.result().nextActions();
        ResultView.ActionPlan plan = view.actions();
        out.println();
        out.println(SECTION + cli.get("section.actions.count", cli.get("section.actions"), actions.size(),
                view.counts().blockingActions()));
        if (actions.isEmpty()) {
            out.println(INDENT + cli.get("section.actions.none"));
            return;
        }
        if (plan.allAdvice()) {
            numbered(out, view, plan.advisories(), 0, false, numbers);
            return;
        }
        int n = 0;
        if (plan.now() != null) {
            out.println();
            out.println(INDENT + SUBSECTION + cli.get("actions.now", stageName(view, plan.now().verdict()),
                    plan.now().actions().size()));
            n = numbered(out, view, plan.now().actions(), n, true, numbers);
        }
        if (!plan.later().isEmpty()) {
            int later = plan.later().stream().mapToInt(s -> s.actions().size()).sum();
            out.println();
            out.println(INDENT + SUBSECTION + cli.get("actions.later", later));
            for (ResultView.Stage stage : plan.later()) {
                out.println(INDENT + INDENT + cli.get("actions.later.stage", stageName(view, stage.verdict()), stage.actions().size()));
                for (NextActionText a : stage.actions()) {
                    out.println(DETAIL + safe(a.target()) + " " + shortText(view, a));
                    listedBriefly.add(a.target());
                }
            }
        }
        if (!plan.advisories().isEmpty()) {
            out.println();
            out.println(INDENT + SUBSECTION + cli.get("actions.advisories", plan.advisories().size()));
            numbered(out, view, plan.advisories(), n, false, numbers);
        }
    }

    /** Prints actions in full, numbered on from {@code n}; returns the last number given. */
    private int numbered(PrintWriter out, ResultView view, List<NextActionText> actions, int n, boolean blocking,
            Map<String, Integer> numbers) {
        String tag = cli.get(blocking ? "action.blocking" : "action.advisory");
        for (NextActionText a : actions) {
            n++;
            numbers.putIfAbsent(a.target(), n);
            out.println(INDENT + n + ". [" + tag + "] " + safe(a.target()) + " " + title(view, a.target()));
            out.println(DETAIL + safe(a.text().in(lang)));
        }
        return n;
    }

    /**
     * How many actions move the assessment past its current verdict: the blocking actions of the
     * verdict's own stage. 0 when eligible, and out of scope, where every action is advice.
     */
    int actionsToMovePast(AssessmentResultDocument r) {
        return view(r).counts().toMovePast();
    }

    /** A verdict in words with its code, e.g. 利用禁止（PROHIBITED）. */
    private String stageName(ResultView view, Verdict stage) {
        String name = stage == view.verdict() ? verdictName(view.result()) : verdictLabel(stage);
        return cli.get("paren", name, stage.name());
    }

    /** One line for a later action: the title of its target and the kind of step, else the start of its text. */
    private String shortText(ResultView view, NextActionText a) {
        String title = title(view, a.target());
        if (title.isBlank()) {
            String text = safe(a.text().in(lang));
            return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 1) + "…";
        }
        return a.type() == null ? title : cli.get("paren", title, cliLabel("actionType." + a.type(), a.type()));
    }

    /** The title of the requirement, risk or exemption an action is tied to. */
    private String title(ResultView view, String target) {
        return view.title(target).map(t -> safe(t.in(lang))).orElse("");
    }

    // ---------------------------------------------------------------- findings

    private void findings(PrintWriter out, ResultView view) {
        out.println();
        out.println(SECTION + cli.get("section.findings"));
        for (ResultView.RequirementGroup group : view.groups()) {
            out.println();
            out.println(INDENT + "[" + safe(group.id()) + "] " + safe(group.name().in(lang)));
            for (FindingEntry f : group.findings()) {
                finding(out, f);
            }
        }
    }

    private void finding(PrintWriter out, FindingEntry f) {
        out.println(INDENT + safe(f.id()) + " " + safe(f.title().in(lang)));
        String status = statusLabel(f);
        if (f.exemptionId() != null) {
            status = cli.get("paren", status, cli.get("finding.exemptedBy", f.exemptionId()));
        } else if (f.ruleStatus() != null && !f.ruleStatus().equals(f.status())) {
            status = cli.get("paren", status, cli.get("finding.ruleStatus", label("status." + f.ruleStatus(), f.ruleStatus())));
        }
        StringBuilder line = new StringBuilder(DETAIL).append(cli.get("finding.status")).append(": ").append(status);
        line.append(" / ").append(cli.get("finding.level")).append(": ").append(safe(label("level." + f.level(), f.level())));
        if (f.interpretation() != null) {
            line.append(" / ").append(cli.get("finding.interpretation"));
        }
        out.println(line);
        for (LocalizedText reason : f.reasons()) {
            out.println(DETAIL + "- " + safe(reason.in(lang)));
        }
    }

    private String statusLabel(FindingEntry f) {
        return safe(f.statusLabel() != null ? f.statusLabel().in(lang) : label("status." + f.status(), f.status()));
    }

    // ---------------------------------------------------------------- exemptions

    private void exemptions(PrintWriter out, ResultView view) {
        out.println();
        out.println(SECTION + cli.get("section.exemptions"));
        if (view.exemptions().isEmpty()) {
            out.println(INDENT + cli.get("section.exemptions.none"));
        }
        for (ExemptionEntry e : view.exemptions()) {
            out.println(INDENT + safe(e.id()) + " " + safe(e.title().in(lang)) + ": "
                    + safe(cliLabel("exemptionState." + e.state(), e.state())));
            if (!e.exempts().isEmpty()) {
                out.println(DETAIL + cli.get("exemption.exempts", String.join(cli.get("list.separator"), e.exempts())));
            }
            for (LocalizedText reason : e.reasons()) {
                out.println(DETAIL + "- " + safe(reason.in(lang)));
            }
        }
    }

    // ---------------------------------------------------------------- risks

    private void risks(PrintWriter out, ResultView view) {
        out.println();
        out.println(SECTION + cli.get("section.risks"));
        if (view.risks().isEmpty()) {
            out.println(INDENT + cli.get("section.risks.none"));
        }
        for (RiskEntryText k : view.risks()) {
            out.println(INDENT + safe(k.id()) + " " + safe(k.title().in(lang)) + ": "
                    + safe(cliLabel("riskState." + k.state(), k.state())));
            if (!k.applicabilityKnown()) {
                out.println(DETAIL + "- " + cli.get("risk.applicabilityUnknown"));
            }
            for (LocalizedText reason : k.reasons()) {
                out.println(DETAIL + "- " + safe(reason.in(lang)));
            }
        }
    }

    // ---------------------------------------------------------------- advisories

    private void advisories(PrintWriter out, ResultView view, Map<String, Integer> actionNumbers, Set<String> listedBriefly) {
        out.println();
        out.println(SECTION + cli.get("section.advisories"));
        if (view.advisories().isEmpty()) {
            out.println(INDENT + cli.get("section.advisories.none"));
        }
        for (FindingEntry f : view.advisories()) {
            String status = statusLabel(f);
            Integer number = actionNumbers.get(f.id());
            if (number != null) {
                status = cli.get("paren", status, cli.get("advisory.seeAction", number));
            } else if (listedBriefly.contains(f.id())) {
                status = cli.get("paren", status, cli.get("advisory.seeLater"));
            }
            out.println(INDENT + safe(f.id()) + " " + safe(f.title().in(lang)) + ": " + status);
        }
    }

    // ---------------------------------------------------------------- words

    /** The result's verdict in words, e.g. 条件付きで利用可. */
    String verdictName(AssessmentResultDocument r) {
        return lang == Language.JA ? r.verdict().ja() : r.verdict().en();
    }

    /** A verdict in words from the catalogue texts, e.g. 利用禁止; the code if there is no text. */
    String verdictLabel(Verdict verdict) {
        return label("verdict." + verdict.name(), verdict.name());
    }

    /** A word from the catalogue texts; the code itself if this catalogue has no text for it. */
    String label(String key, String code) {
        String text = catalogue.texts().find(lang, key);
        return text == null || text.isBlank() ? code : text;
    }

    private String cliLabel(String key, String code) {
        try {
            return cli.get(key);
        } catch (IllegalStateException e) {
            return code;
        }
    }

    /**
     * A value of the request or the result — names, ids, reasons and texts that carry facts the user gave, all read
     * back from a document or a stored row — made safe for its line ({@link TerminalText}).
     */
    private static String safe(String value) {
        return TerminalText.line(value);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
