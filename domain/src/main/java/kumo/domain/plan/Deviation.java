package kumo.domain.plan;

import java.time.LocalDate;

/**
 * A deliberate decision not to require an example-list item of §2ウ / §2エ (「以下を例とする」), tied to
 * the flow-wide security design of SEC-14, and the approver's answer to it.
 *
 * @param requirementId the deviable requirement, e.g. {@code "SEC-03"}
 * @param decision      the approver's answer: YES approved, NO refused (the approver said no); its
 *                      {@code decidedBy} / {@code decidedOn} name who answered and when; {@code null}
 *                      or without an outcome: not yet answered
 */
public record Deviation(
        String requirementId,
        String rationale,
        Boolean justifiedByFlowDesign,
        Decision decision) {

    /** The format-1 shape: an approver and a date, with no way to record a refusal. */
    public Deviation(String requirementId, String rationale, Boolean justifiedByFlowDesign, String approvedBy,
            LocalDate approvedOn) {
        this(requirementId, rationale, justifiedByFlowDesign,
                approvedBy == null && approvedOn == null ? null : new Decision(Outcome.YES, rationale, approvedBy, approvedOn));
    }

    /** Approved and in force on {@code date}: complete, and approved on or before it. */
    public boolean approvedBy(LocalDate date) {
        return complete() && !decision.decidedOn().isAfter(date);
    }

    /**
     * Every part of the approval is recorded: rationale, link to the flow-wide design, and an approver's YES
     * with who and when.
     */
    public boolean complete() {
        return Decision.present(rationale) && Boolean.TRUE.equals(justifiedByFlowDesign)
                && decision != null && decision.outcome() == Outcome.YES
                && Decision.present(decision.decidedBy()) && decision.decidedOn() != null;
    }

    /**
     * Refused: the answer on record is no (the approver said no). A refused deviation is never approved
     * and never awaiting approval: the requirement's own finding stands.
     */
    public boolean refused() {
        return decision != null && decision.outcome() == Outcome.NO;
    }

    /** Who approved (or is to approve); {@code null} when unknown or when the approver refused. */
    public String approvedBy() {
        return decision == null || decision.outcome() == Outcome.NO ? null : decision.decidedBy();
    }

    /** When it was approved; {@code null} when unknown or when the approver refused. */
    public LocalDate approvedOn() {
        return decision == null || decision.outcome() == Outcome.NO ? null : decision.decidedOn();
    }

    /** The answer on record when the approver refused; {@code null} otherwise (approved, or not yet answered). */
    public Decision refusal() {
        return refused() ? decision : null;
    }
}
