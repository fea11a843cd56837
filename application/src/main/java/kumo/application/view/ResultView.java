package kumo.application.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import kumo.application.document.LocalizedText;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.ExemptionEntry;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.domain.assessment.RiskState;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.Status;

/**
 * One assessment result as every front door shows it. The policy of what is shown where lives here,
 * once: the requirement groups come from the catalogue, the advisories are those of policy-model §4,
 * the next actions are ordered by the verdict they stand in the way of, and the counts are typed.
 * Immutable; holds no text of a front door (headings, layout) and no language choice.
 *
 * @param result     the result document it shows
 * @param verdict    the verdict
 * @param groups     the requirement groups in catalogue order, each with its findings (groups without a
 *                   finding are left out)
 * @param actions    the next actions in the order that moves the verdict
 * @param exemptions the exemptions, as the result lists them
 * @param risks      the rows of the risk register worth showing: every open one and every decided one
 *                   (not the inapplicable or informational ones)
 * @param advisories the findings model §4 calls advisories: RECOMMENDED requirements that are NOT_MET or UNKNOWN
 * @param counts     the numbers for an overview
 */
public record ResultView(
        AssessmentResultDocument result,
        Verdict verdict,
        List<RequirementGroup> groups,
        ActionPlan actions,
        List<ExemptionEntry> exemptions,
        List<RiskEntryText> risks,
        List<FindingEntry> advisories,
        Counts counts) {

    /**
     * A group of requirements (the areas of policy-model §5: ENT, LAW, EXIT, …).
     *
     * @param id       the group prefix of the requirement IDs
     * @param name     its name from the catalogue texts ({@code group.<id>}); the ID itself where there is none
     * @param findings its findings in catalogue order
     */
    public record RequirementGroup(String id, LocalizedText name, List<FindingEntry> findings) {
    }

    /**
     * The next actions in the order that moves the verdict.
     *
     * <p>Out of scope, every action is advice (model §4): {@link #now} is {@code null}, {@link #later} empty,
     * and {@link #advisories} holds every action in the use case's order. Otherwise {@link #now} is the
     * earliest stage with a blocking action — normally the current verdict: what it takes to move past it
     * (an action whose stage is earlier than the verdict counts as the verdict's) — {@link #later} the
     * blocking actions of the later stages, one stage each in verdict order, and {@link #advisories} the
     * actions that block nothing.
     *
     * @param allAdvice  {@code true} out of scope, where nothing blocks
     * @param now        the stage to clear first, {@code null} when no action blocks
     * @param later      the later stages, in verdict order
     * @param advisories the actions that are advice only, in the use case's order
     */
    public record ActionPlan(boolean allAdvice, Stage now, List<Stage> later, List<NextActionText> advisories) {

        /** How many actions move the assessment past its current verdict (0 when eligible, and out of scope). */
        public int toMovePast(Verdict verdict) {
            return now == null || now.verdict() != verdict ? 0 : now.actions().size();
        }

        /** Every blocking action, stage by stage. */
        public List<NextActionText> blocking() {
            List<NextActionText> all = new ArrayList<>();
            if (now != null) {
                all.addAll(now.actions());
            }
            later.forEach(s -> all.addAll(s.actions()));
            return all;
        }
    }

    /** The blocking actions that stand in the way of leaving one verdict. */
    public record Stage(Verdict verdict, List<NextActionText> actions) {
    }

    /**
     * Counts for an overview.
     *
     * @param findings        findings per status, every status present (0 included), in the order of {@link Status}
     * @param risks           risk rows per state, every state present
     * @param blockingActions next actions that block the verdict (0 out of scope: everything is advice)
     * @param adviceActions   next actions that are advice only
     * @param toMovePast      blocking actions of the current verdict's own stage
     */
    public record Counts(Map<Status, Integer> findings, Map<RiskState, Integer> risks, int blockingActions,
            int adviceActions, int toMovePast) {
    }

    /**
     * The view of a result document. The requirement groups and their names come from {@code catalogue}; a
     * group the catalogue does not know (a result of another catalogue version) comes after them, in the
     * order of the findings.
     *
     * @throws IllegalArgumentException when the document holds a verdict, status or state code kumo does not know
     */
    public static ResultView of(AssessmentResultDocument result, Catalogue catalogue) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(catalogue, "catalogue");
        Verdict verdict = code(Verdict.class, result.verdict().code(), "verdict");
        ActionPlan actions = plan(result, verdict);
        List<FindingEntry> advisories = result.findings().stream().filter(ResultView::isAdvisory).toList();
        List<RiskEntryText> risks = result.risks().stream().filter(ResultView::openOrDecided).toList();
        return new ResultView(result, verdict, groups(result, catalogue), actions, result.exemptions(), risks,
                advisories, counts(result, verdict, actions));
    }

    /** An advisory (model §4): a RECOMMENDED requirement that is NOT_MET or UNKNOWN. PENDING is a step, not advice. */
    public static boolean isAdvisory(FindingEntry f) {
        if (code(Level.class, f.level(), "level") != Level.RECOMMENDED) {
            return false;
        }
        Status status = code(Status.class, f.status(), "status");
        return status == Status.NOT_MET || status == Status.UNKNOWN;
    }

    /** A risk row worth showing: open or decided (not inapplicable, not informational). */
    public static boolean openOrDecided(RiskEntryText risk) {
        RiskState state = code(RiskState.class, risk.state(), "risk state");
        return state != RiskState.NOT_APPLICABLE && state != RiskState.INFORMATIONAL;
    }

    /** The title of the requirement, risk or exemption an action is tied to, if the result has it. */
    public Optional<LocalizedText> title(String target) {
        return Optional.ofNullable(titles().get(target));
    }

    private Map<String, LocalizedText> titles() {
        Map<String, LocalizedText> titles = new HashMap<>();
        result.exemptions().forEach(e -> titles.putIfAbsent(e.id(), e.title()));
        result.risks().forEach(r -> titles.putIfAbsent(r.id(), r.title()));
        result.findings().forEach(f -> titles.put(f.id(), f.title()));
        return titles;
    }

    /** The finding of a requirement, if the result has it. */
    public Optional<FindingEntry> finding(String id) {
        return result.findings().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    // ---------------------------------------------------------------- building

    private static List<RequirementGroup> groups(AssessmentResultDocument result, Catalogue catalogue) {
        Map<String, List<FindingEntry>> byGroup = new LinkedHashMap<>();
        for (Requirement r : catalogue.requirements()) {
            byGroup.putIfAbsent(r.group(), new ArrayList<>());
        }
        for (FindingEntry f : result.findings()) {
            byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
        }
        List<RequirementGroup> groups = new ArrayList<>();
        byGroup.forEach((id, findings) -> {
            if (!findings.isEmpty()) {
                String key = "group." + id;
                LocalizedText name = catalogue.texts().has(key) ? LocalizedText.of(catalogue.texts(), key)
                        : new LocalizedText(id, id);
                groups.add(new RequirementGroup(id, name, List.copyOf(findings)));
            }
        });
        return List.copyOf(groups);
    }

    private static ActionPlan plan(AssessmentResultDocument result, Verdict verdict) {
        if (verdict == Verdict.OUT_OF_SCOPE) {
            return new ActionPlan(true, null, List.of(), List.copyOf(result.nextActions()));
        }
        Map<Verdict, List<NextActionText>> byStage = new TreeMap<>();
        List<NextActionText> advice = new ArrayList<>();
        for (NextActionText a : result.nextActions()) {
            if (a.blocking()) {
                byStage.computeIfAbsent(stageOf(a, verdict), s -> new ArrayList<>()).add(a);
            } else {
                advice.add(a);
            }
        }
        List<Stage> stages = new ArrayList<>();
        byStage.forEach((v, list) -> stages.add(new Stage(v, List.copyOf(list))));
        Stage now = stages.isEmpty() ? null : stages.remove(0);
        return new ActionPlan(false, now, List.copyOf(stages), List.copyOf(advice));
    }

    /** The verdict an action stands in the way of leaving; never earlier than the current verdict. */
    private static Verdict stageOf(NextActionText a, Verdict verdict) {
        Verdict stage = a.stage() == null ? verdict : code(Verdict.class, a.stage(), "stage");
        return stage.compareTo(verdict) < 0 ? verdict : stage;
    }

    private static Counts counts(AssessmentResultDocument result, Verdict verdict, ActionPlan actions) {
        Map<Status, Integer> findings = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            findings.put(s, 0);
        }
        result.findings().forEach(f -> findings.merge(code(Status.class, f.status(), "status"), 1, Integer::sum));
        Map<RiskState, Integer> risks = new EnumMap<>(RiskState.class);
        for (RiskState s : RiskState.values()) {
            risks.put(s, 0);
        }
        result.risks().forEach(r -> risks.merge(code(RiskState.class, r.state(), "risk state"), 1, Integer::sum));
        int blocking = actions.blocking().size();
        return new Counts(Collections.unmodifiableMap(findings), Collections.unmodifiableMap(risks), blocking,
                result.nextActions().size() - blocking, actions.toMovePast(verdict));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code, String what) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(code, what));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown " + what + " code in the result: " + code, e);
        }
    }
}
