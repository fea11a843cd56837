package kumo.domain.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.Status;

/**
 * Derives what would move an assessment towards the next verdict: for each open finding, risk and
 * possible exemption one action tied to its ID, the most blocking first, advisories last.
 */
final class NextActions {

    private NextActions() {
    }

    static List<NextAction> plan(List<Finding> findings, List<ExemptionResult> exemptions, List<RiskEntry> risks) {
        List<NextAction> actions = new ArrayList<>();
        for (Finding f : findings) {
            NextAction a = forFinding(f);
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
        Set<String> exempt = new HashSet<>();
        findings.stream().filter(f -> f.status() == Status.EXEMPT).forEach(f -> exempt.add(f.id()));
        for (ExemptionResult e : exemptions) {
            // evidence for an exemption is worth asking for only if it would exempt something not yet exempt
            if (e.state() == ExemptionState.POSSIBLE && !exempt.containsAll(e.exemption().exempts())) {
                actions.add(new NextAction(e.id(), ActionType.OBTAIN_EVIDENCE, false, Verdict.ELIGIBLE,
                        Message.of(e.id() + ".evidence")));
            }
        }
        actions.sort(Comparator.comparing((NextAction a) -> !a.blocking()).thenComparing(NextAction::stage));
        return actions;
    }

    private static NextAction forFinding(Finding f) {
        Requirement r = f.requirement();
        boolean blocking = f.blocking();
        return switch (f.status()) {
            case NOT_MET -> new NextAction(r.id(), blocking ? fixType(f.fix()) : ActionType.CONSIDER, blocking,
                    !blocking ? Verdict.ELIGIBLE : r.level() == Level.PROHIBITION ? Verdict.PROHIBITED : Verdict.NOT_ELIGIBLE,
                    f.action() != null ? f.action() : f.fix() == r.fix() ? Message.of(r.id() + ".action")
                            : Message.of("action.fix." + f.fix().name(), r.id(), "@" + r.id() + ".title", "@" + r.id() + ".text"));
            case UNKNOWN -> new NextAction(r.id(), blocking ? ActionType.OBTAIN_EVIDENCE : ActionType.CONSIDER, blocking,
                    blocking ? Verdict.INCOMPLETE : Verdict.ELIGIBLE, Message.of("action.obtain", "@" + r.id() + ".evidence"));
            case PENDING -> {
                boolean awaitingApproval = f.deviation() != null && !f.deviation().refused();
                ActionType type = awaitingApproval ? ActionType.APPROVE_DEVIATION
                        : f.fix() == Fix.CONSULT ? ActionType.HOLD_CONSULTATION : ActionType.RECORD_STEP;
                Message text = awaitingApproval ? Message.of("action.approveDeviation", r.id())
                        : f.action() != null ? f.action() : Message.of(r.id() + ".action");
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
