package kumo.domain.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.Status;

/**
 * Derives what would move an assessment towards the next verdict: for each open finding, risk and
 * exemption one action tied to its ID. An action is blocking when taking it can move the verdict; the
 * blocking ones come first, by the stage they unblock (the verdict they stand in the way of leaving), and
 * within a stage the paths through an exemption lead, because one of them settles several findings at
 * once. Advisories come last. Out of scope (機密性1 without My Number) the policy does not apply, so
 * nothing blocks: every action is advice, in the order it would have had.
 */
final class NextActions {

    private static final Set<Status> OPEN = EnumSet.of(Status.NOT_MET, Status.UNKNOWN, Status.PENDING);

    private NextActions() {
    }

    static List<NextAction> plan(List<Finding> findings, List<ExemptionResult> exemptions, List<RiskEntry> risks,
            boolean inScope) {
        Map<String, Finding> byId = new HashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));

        List<NextAction> actions = new ArrayList<>();
        List<NextAction> advice = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        for (ExemptionResult e : exemptions) {
            exemptionPaths(e, byId, actions, advice, replaced);
        }
        for (Finding f : findings) {
            NextAction a = replaced.contains(f.id()) ? null : forFinding(f);
            if (a != null) {
                actions.add(a);
            }
        }
        for (RiskEntry r : risks) {
            if (r.state().open()) {
                boolean proposal = r.state() == RiskState.PROPOSED;
                actions.add(new NextAction(r.id(), proposal ? ActionType.CONFIRM_PROPOSAL : ActionType.DECIDE_RISK,
                        true, Verdict.CONDITIONAL, Message.of("action.risk." + (r.state() == RiskState.MITIGATION_UNSUPPORTED
                                && r.risk().capability() == null ? "NO_CAPABILITY" : r.state().name()), r.id(),
                        "@" + r.id() + ".title", "@alternative." + r.risk().alternative().name())));
            }
        }
        actions.addAll(advice);
        // stable: within a stage the exemption paths (added first) lead, then the catalogue's order
        actions.sort(Comparator.comparing((NextAction a) -> !a.blocking()).thenComparing(NextAction::stage));
        if (!inScope) {
            return actions.stream().map(a -> new NextAction(a.target(), a.type(), false, Verdict.ELIGIBLE, a.text())).toList();
        }
        return actions;
    }

    /**
     * The ways through one exemption: evidence for a possible one, or what restores a lost one, each blocking
     * when it would settle a finding that blocks now; evidence that would settle nothing open is advice.
     */
    private static void exemptionPaths(ExemptionResult e, Map<String, Finding> byId, List<NextAction> actions,
            List<NextAction> advice, Set<String> replaced) {
        Set<String> settled = new LinkedHashSet<>();
        for (String id : e.exemption().exempts()) {
            Finding f = byId.get(id);
            if (f != null && blocksNow(f) && Exemptions.liftable(f.requirement())) {
                settled.add(id);
            }
        }
        if (e.state() == ExemptionState.POSSIBLE) {
            boolean allExempt = e.exemption().exempts().stream()
                    .allMatch(id -> byId.get(id) != null && byId.get(id).status() == Status.EXEMPT);
            if (!settled.isEmpty()) {
                actions.add(new NextAction(e.id(), ActionType.OBTAIN_EVIDENCE, true, stage(settled, byId),
                        Message.of("action.exemption.possible", e.id(), "@" + e.id() + ".title",
                                "@" + e.id() + ".evidence", String.join(", ", settled), consultations(settled))));
            } else if (!allExempt) {
                advice.add(new NextAction(e.id(), ActionType.OBTAIN_EVIDENCE, false, Verdict.ELIGIBLE,
                        Message.of(e.id() + ".evidence")));
            }
            return;
        }
        ExemptionResult.Restoration restoration = e.restoration();
        if (e.state() != ExemptionState.NOT_APPLICABLE || restoration == null) {
            return;
        }
        for (String id : restoration.settles()) {
            Finding f = byId.get(id);
            if (f != null && blocksNow(f)) {
                settled.add(id);
            }
        }
        if (settled.isEmpty()) {
            return; // nothing open would change: the exemption is not worth restoring here
        }
        Verdict stage = stage(settled, byId);
        String list = String.join(", ", settled);
        if (restoration.how() != null) {
            // the step's own text takes its arguments, then what it settles and the consultations sentence
            List<Object> args = new ArrayList<>(restoration.how().args());
            args.add(list);
            args.add(consultations(settled));
            actions.add(new NextAction(e.id(), ActionType.RESTORE_EXEMPTION, true, stage,
                    Message.of(restoration.how().key(), args.toArray())));
            return;
        }
        for (String item : restoration.items()) {
            Finding own = byId.get(item);
            Verdict itemStage = own != null && blocksNow(own) && stage(own).compareTo(stage) < 0 ? stage(own) : stage;
            List<String> others = restoration.items().stream().filter(i -> !i.equals(item)).toList();
            actions.add(new NextAction(item, ActionType.RESTORE_EXEMPTION, true, itemStage, Message.of(
                    others.isEmpty() ? "action.exemption.restoreItem" : "action.exemption.restoreItems",
                    item, "@" + item + ".title", e.id(), "@" + e.id() + ".title", list, consultations(settled),
                    String.join(", ", others))));
            replaced.add(item);
        }
    }

    /** A sentence naming the CIO-advisor consultations among the settled findings, else empty. */
    private static String consultations(Set<String> settled) {
        return settled.contains("PROC-02") || settled.contains("PROC-03") ? "@action.exemption.consultations" : "";
    }

    private static boolean blocksNow(Finding f) {
        return f.blocking() && OPEN.contains(f.status());
    }

    /** The verdict an open blocking finding holds the assessment at. */
    private static Verdict stage(Finding f) {
        return switch (f.status()) {
            case NOT_MET -> f.requirement().level() == Level.PROHIBITION ? Verdict.PROHIBITED : Verdict.NOT_ELIGIBLE;
            case UNKNOWN -> Verdict.INCOMPLETE;
            default -> Verdict.CONDITIONAL;
        };
    }

    /** The earliest stage among the given open findings. */
    private static Verdict stage(Set<String> ids, Map<String, Finding> byId) {
        return ids.stream().map(byId::get).map(NextActions::stage).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static NextAction forFinding(Finding f) {
        Requirement r = f.requirement();
        boolean blocking = f.blocking();
        return switch (f.status()) {
            case NOT_MET -> new NextAction(r.id(), blocking ? fixType(f.fix()) : ActionType.CONSIDER, blocking,
                    !blocking ? Verdict.ELIGIBLE : r.level() == Level.PROHIBITION ? Verdict.PROHIBITED : Verdict.NOT_ELIGIBLE,
                    f.action() != null ? f.action() : f.fix() == r.fix() ? Message.of(r.id() + ".action")
                            : Message.of("action.fix." + f.fix().name(), r.id(), "@" + r.id() + ".title", "@" + r.id() + ".text"));
            case UNKNOWN -> f.question() != null
                    ? new NextAction(r.id(), blocking ? ActionType.DETERMINE_APPLICABILITY : ActionType.CONSIDER, blocking,
                            blocking ? Verdict.INCOMPLETE : Verdict.ELIGIBLE, f.question())
                    : new NextAction(r.id(), blocking ? ActionType.OBTAIN_EVIDENCE : ActionType.CONSIDER, blocking,
                            blocking ? Verdict.INCOMPLETE : Verdict.ELIGIBLE, Message.of("action.obtain", "@" + r.id() + ".evidence"));
            case PENDING -> {
                ActionType type;
                Message text;
                if (f.deviationOutcome() == DeviationOutcome.APPROVED_AFTER_ASSESSMENT_DATE) {
                    type = ActionType.REASSESS;
                    text = Message.of("action.deviationApprovedAfterDate", r.id(), f.deviation().approvedOn());
                } else if (f.deviationOutcome() == DeviationOutcome.NOT_APPROVED) {
                    type = ActionType.APPROVE_DEVIATION;
                    text = Message.of("action.approveDeviation", r.id());
                } else { // no deviation, or one refused by the approver or by the rule: the requirement's own step
                    type = f.fix() == Fix.CONSULT ? ActionType.HOLD_CONSULTATION : ActionType.RECORD_STEP;
                    text = f.action() != null ? f.action() : Message.of(r.id() + ".action");
                }
                yield new NextAction(r.id(), blocking ? type : ActionType.CONSIDER, blocking,
                        blocking ? Verdict.CONDITIONAL : Verdict.ELIGIBLE, text);
            }
            default -> null;
        };
    }

    private static ActionType fixType(Fix fix) {
        return switch (fix) {
            case PLAN -> ActionType.CHANGE_PLAN;
            case CONTRACT -> ActionType.ADD_CONTRACT_CLAUSE;
            case SERVICE -> ActionType.CHOOSE_OTHER_SERVICE;
            case STEP -> ActionType.RECORD_STEP;
            case CONSULT -> ActionType.HOLD_CONSULTATION;
        };
    }
}
