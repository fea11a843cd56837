package kumo.domain.plan;

import java.time.LocalDate;

/**
 * A deliberate decision not to require an example-list item of §2ウ / §2エ (「以下を例とする」), tied to
 * the flow-wide security design of SEC-14.
 *
 * @param requirementId the deviable requirement, e.g. {@code "SEC-03"}
 */
public record Deviation(
        String requirementId,
        String rationale,
        Boolean justifiedByFlowDesign,
        String approvedBy,
        LocalDate approvedOn) {

    /** Approved and in force on {@code date}: complete, and approved on or before it. */
    public boolean approvedBy(LocalDate date) {
        return complete() && !approvedOn.isAfter(date);
    }

    /** Every part of the approval is recorded: rationale, link to the flow-wide design, approver and date. */
    public boolean complete() {
        return Decision.present(rationale) && Boolean.TRUE.equals(justifiedByFlowDesign)
                && Decision.present(approvedBy) && approvedOn != null;
    }
}
