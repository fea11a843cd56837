package kumo.domain.assessment;

import java.util.List;

import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.plan.RiskDecision;

/**
 * One row of the risk register.
 *
 * @param applies          TRUE applies, FALSE does not; an unknown applicability counts as TRUE and is flagged by {@code applicabilityKnown}
 * @param capabilityOffered the service shows the mitigating capability: TRUE, FALSE, or {@code null} unknown / none exists
 * @param decision         the decision on record, if any
 */
public record RiskEntry(
        RiskDefinition risk,
        boolean applies,
        boolean applicabilityKnown,
        Boolean capabilityOffered,
        RiskState state,
        RiskDecision decision,
        List<Message> reasons) {

    public RiskEntry {
        reasons = List.copyOf(reasons);
    }

    public String id() {
        return risk.id();
    }
}
