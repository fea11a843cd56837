package kumo.adapters.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kumo.application.document.LocalizedText;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.ExemptionEntry;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/**
 * The assessment result as readable text, in one language: a header (system, service, catalogue
 * version, date, verdict with its meaning), the next actions (what moves the assessment past its verdict
 * first, the later ones in brief, the advisories last), the findings by
 * requirement group, the exemptions, the open and decided rows of the risk register, and the
 * advisories. Words that belong to the policy come from the catalogue texts; the CLI's own headings
 * from {@link CliTexts}.
 */
final class TextReport {

    /** The requirement groups in the order of the policy model. */
    static final List<String> GROUPS = List.of("ENT", "LAW", "EXIT", "SEC", "NET", "KEY", "ASR", "PROC", "SUP");

    private static final Set<String> ADVISORY_STATUSES = Set.of("NOT_MET", "UNKNOWN", "PENDING");
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

    /** The one line {@code --quiet} prints: the verdict in words and its code. */
    String verdictLine(AssessmentResultDocument result) {
        return cli.get("header.verdict") + ": " + cli.get("paren", verdictName(result), result.verdict().code());
    }

    void write(PrintWriter out, AssessmentResultDocument result, AssessmentRequestDocument request, DateSource dateSource) {
        header(out, result, request, dateSource);
        Map<String, Integer> actionNumbers = new LinkedHashMap<>();
        Set<String> listedBriefly = new HashSet<>();
        actions(out, result, actionNumbers, listedBriefly);
        findings(out, result);
        exemptions(out, result);
        risks(out, result);
        advisories(out, result, actionNumbers, listedBriefly);
    }

    // ---------------------------------------------------------------- header

    private void header(PrintWriter out, AssessmentResultDocument r, AssessmentRequestDocument request, DateSource dateSource) {
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
        out.println(INDENT + "  " + r.verdict().meaning().in(lang));
        out.println(INDENT + cli.get("header.summary") + ": " + summary(r));
        if (!r.inScope()) {
            out.println(INDENT + cli.get("header.outOfScope"));
        }
    }

    private String nameWithOwner(String name, String owner) {
        String shown = present(name) ? name : cli.get("unknown");
        return present(owner) ? cli.get("paren", shown, owner) : shown;
    }

    /** Non-zero finding counts per status, in the order of the statuses. */
    private String summary(AssessmentResultDocument r) {
        List<String> parts = new ArrayList<>();
        for (String status : List.of("MET", "NOT_MET", "UNKNOWN", "PENDING", "DEVIATED", "NOT_APPLICABLE", "EXEMPT")) {
            Integer n = r.summary() == null ? null : r.summary().findings().get(status);
            if (n != null && n > 0) {
                parts.add(label("status." + status, status) + " " + n);
            }
        }
        return String.join(cli.get("list.separator"), parts);
    }

    // ---------------------------------------------------------------- next actions

    /**
     * Prints the next actions; fills in the number given to each target that got one and the targets
     * listed only in brief.
     *
     * <p>Out of scope, every action is advice: they are all listed in full, blocking ones first. Otherwise
     * the section leads with what moves the assessment on: the blocking actions of the earliest stage
     * (normally the current verdict; an action whose stage is missing, unknown or earlier than the verdict
     * counts as the verdict's), numbered and in full; then the blocking actions of the later stages, one
     * short unnumbered line each, grouped and counted per stage; then the advisories, numbered and in full.
     */
    private void actions(PrintWriter out, AssessmentResultDocument r, Map<String, Integer> numbers, Set<String> listedBriefly) {
        List<NextActionText> actions = r.nextActions();
        long blocking = actions.stream().filter(NextActionText::blocking).count();
        out.println();
        out.println(SECTION + cli.get("section.actions.count", cli.get("section.actions"), actions.size(), blocking));
        if (actions.isEmpty()) {
            out.println(INDENT + cli.get("section.actions.none"));
            return;
        }
        Verdict verdict = verdictOf(r.verdict().code());
        if (verdict == null || verdict == Verdict.OUT_OF_SCOPE) {
            List<NextActionText> all = new ArrayList<>(actions);
            all.sort((a, b) -> Boolean.compare(!a.blocking(), !b.blocking())); // stable: keeps the use case's order
            numbered(out, r, all, 0, numbers);
            return;
        }

        Map<Verdict, List<NextActionText>> byStage = new TreeMap<>();
        List<NextActionText> advisories = new ArrayList<>();
        for (NextActionText a : actions) {
            if (a.blocking()) {
                byStage.computeIfAbsent(stageOf(a, verdict), s -> new ArrayList<>()).add(a);
            } else {
                advisories.add(a);
            }
        }
        int n = 0;
        if (!byStage.isEmpty()) {
            Verdict now = byStage.keySet().iterator().next();
            List<NextActionText> first = byStage.remove(now);
            out.println();
            out.println(INDENT + SUBSECTION + cli.get("actions.now", stageName(r, now), first.size()));
            n = numbered(out, r, first, n, numbers);
        }
        if (!byStage.isEmpty()) {
            int later = byStage.values().stream().mapToInt(List::size).sum();
            out.println();
            out.println(INDENT + SUBSECTION + cli.get("actions.later", later));
            for (Map.Entry<Verdict, List<NextActionText>> stage : byStage.entrySet()) {
                out.println(INDENT + INDENT + cli.get("actions.later.stage", stageName(r, stage.getKey()), stage.getValue().size()));
                for (NextActionText a : stage.getValue()) {
                    out.println(DETAIL + a.target() + " " + shortText(r, a));
                    listedBriefly.add(a.target());
                }
            }
        }
        if (!advisories.isEmpty()) {
            out.println();
            out.println(INDENT + SUBSECTION + cli.get("actions.advisories", advisories.size()));
            numbered(out, r, advisories, n, numbers);
        }
    }

    /** Prints actions in full, numbered on from {@code n}; returns the last number given. */
    private int numbered(PrintWriter out, AssessmentResultDocument r, List<NextActionText> actions, int n,
            Map<String, Integer> numbers) {
        for (NextActionText a : actions) {
            n++;
            numbers.putIfAbsent(a.target(), n);
            String tag = cli.get(a.blocking() ? "action.blocking" : "action.advisory");
            out.println(INDENT + n + ". [" + tag + "] " + a.target() + " " + title(r, a.target()));
            out.println(DETAIL + a.text().in(lang));
        }
        return n;
    }

    /**
     * How many actions move the assessment past its current verdict: the blocking actions of the
     * verdict's own stage (an action whose stage is missing, unknown or earlier counts as the verdict's,
     * as in the report). 0 when eligible, and out of scope, where every action is advice.
     */
    static int actionsToMovePast(AssessmentResultDocument r) {
        Verdict verdict = verdictOf(r.verdict().code());
        if (verdict == null || verdict == Verdict.OUT_OF_SCOPE) {
            return 0;
        }
        return (int) r.nextActions().stream().filter(a -> a.blocking() && stageOf(a, verdict) == verdict).count();
    }

    /** The verdict an action stands in the way of leaving; never earlier than the current verdict. */
    private static Verdict stageOf(NextActionText a, Verdict verdict) {
        Verdict stage = verdictOf(a.stage());
        return stage == null || stage.compareTo(verdict) < 0 ? verdict : stage;
    }

    private static Verdict verdictOf(String code) {
        try {
            return code == null ? null : Verdict.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A verdict in words with its code, e.g. 利用禁止（PROHIBITED）. */
    private String stageName(AssessmentResultDocument r, Verdict stage) {
        String name = stage.name().equals(r.verdict().code()) ? verdictName(r) : label("verdict." + stage.name(), stage.name());
        return cli.get("paren", name, stage.name());
    }

    /** One line for a later action: the title of its target and the kind of step, else the start of its text. */
    private String shortText(AssessmentResultDocument r, NextActionText a) {
        String title = title(r, a.target());
        if (title.isBlank()) {
            String text = a.text().in(lang);
            return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 1) + "…";
        }
        return a.type() == null ? title : cli.get("paren", title, cliLabel("actionType." + a.type(), a.type()));
    }

    /** The title of the requirement, risk or exemption an action is tied to. */
    private String title(AssessmentResultDocument r, String target) {
        for (FindingEntry f : r.findings()) {
            if (f.id().equals(target)) {
                return f.title().in(lang);
            }
        }
        for (RiskEntryText k : r.risks()) {
            if (k.id().equals(target)) {
                return k.title().in(lang);
            }
        }
        for (ExemptionEntry e : r.exemptions()) {
            if (e.id().equals(target)) {
                return e.title().in(lang);
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- findings

    private void findings(PrintWriter out, AssessmentResultDocument r) {
        out.println();
        out.println(SECTION + cli.get("section.findings"));
        Map<String, List<FindingEntry>> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (FindingEntry f : r.findings()) {
            byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<FindingEntry>> group : byGroup.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            out.println();
            out.println(INDENT + "[" + group.getKey() + "] " + label("group." + group.getKey(), group.getKey()));
            for (FindingEntry f : group.getValue()) {
                finding(out, f);
            }
        }
    }

    private void finding(PrintWriter out, FindingEntry f) {
        out.println(INDENT + f.id() + " " + f.title().in(lang));
        String status = statusLabel(f);
        if (f.exemptionId() != null) {
            status = cli.get("paren", status, cli.get("finding.exemptedBy", f.exemptionId()));
        } else if (f.ruleStatus() != null && !f.ruleStatus().equals(f.status())) {
            status = cli.get("paren", status, cli.get("finding.ruleStatus", label("status." + f.ruleStatus(), f.ruleStatus())));
        }
        StringBuilder line = new StringBuilder(DETAIL).append(cli.get("finding.status")).append(": ").append(status);
        line.append(" / ").append(cli.get("finding.level")).append(": ").append(label("level." + f.level(), f.level()));
        if (f.interpretation() != null) {
            line.append(" / ").append(cli.get("finding.interpretation"));
        }
        out.println(line);
        for (LocalizedText reason : f.reasons()) {
            out.println(DETAIL + "- " + reason.in(lang));
        }
    }

    private String statusLabel(FindingEntry f) {
        return f.statusLabel() != null ? f.statusLabel().in(lang) : label("status." + f.status(), f.status());
    }

    // ---------------------------------------------------------------- exemptions

    private void exemptions(PrintWriter out, AssessmentResultDocument r) {
        out.println();
        out.println(SECTION + cli.get("section.exemptions"));
        if (r.exemptions().isEmpty()) {
            out.println(INDENT + cli.get("section.exemptions.none"));
        }
        for (ExemptionEntry e : r.exemptions()) {
            out.println(INDENT + e.id() + " " + e.title().in(lang) + ": "
                    + cliLabel("exemptionState." + e.state(), e.state()));
            if (!e.exempts().isEmpty()) {
                out.println(DETAIL + cli.get("exemption.exempts", String.join(cli.get("list.separator"), e.exempts())));
            }
            for (LocalizedText reason : e.reasons()) {
                out.println(DETAIL + "- " + reason.in(lang));
            }
        }
    }

    // ---------------------------------------------------------------- risks

    private void risks(PrintWriter out, AssessmentResultDocument r) {
        out.println();
        out.println(SECTION + cli.get("section.risks"));
        List<RiskEntryText> shown = r.risks().stream().filter(TextReport::openOrDecided).toList();
        if (shown.isEmpty()) {
            out.println(INDENT + cli.get("section.risks.none"));
        }
        for (RiskEntryText k : shown) {
            out.println(INDENT + k.id() + " " + k.title().in(lang) + ": " + cliLabel("riskState." + k.state(), k.state()));
            if (!k.applicabilityKnown()) {
                out.println(DETAIL + "- " + cli.get("risk.applicabilityUnknown"));
            }
            for (LocalizedText reason : k.reasons()) {
                out.println(DETAIL + "- " + reason.in(lang));
            }
        }
    }

    /** The rows the register shows: every open one and every decided one (not the inapplicable or informational). */
    static boolean openOrDecided(RiskEntryText risk) {
        return !"NOT_APPLICABLE".equals(risk.state()) && !"INFORMATIONAL".equals(risk.state());
    }

    // ---------------------------------------------------------------- advisories

    private void advisories(PrintWriter out, AssessmentResultDocument r, Map<String, Integer> actionNumbers,
            Set<String> listedBriefly) {
        out.println();
        out.println(SECTION + cli.get("section.advisories"));
        List<FindingEntry> advisories = r.findings().stream()
                .filter(f -> "RECOMMENDED".equals(f.level()) && ADVISORY_STATUSES.contains(f.status()))
                .toList();
        if (advisories.isEmpty()) {
            out.println(INDENT + cli.get("section.advisories.none"));
        }
        for (FindingEntry f : advisories) {
            String status = statusLabel(f);
            Integer number = actionNumbers.get(f.id());
            if (number != null) {
                status = cli.get("paren", status, cli.get("advisory.seeAction", number));
            } else if (listedBriefly.contains(f.id())) {
                status = cli.get("paren", status, cli.get("advisory.seeLater"));
            }
            out.println(INDENT + f.id() + " " + f.title().in(lang) + ": " + status);
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

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
