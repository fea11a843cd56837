package kumo.domain.assessment;

import java.util.List;

import kumo.domain.catalogue.FactUsed;
import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Deviation;

/**
 * One requirement's finding: the final status, what the rule itself found ({@code ruleStatus}, before
 * an exemption or deviation), the facts used, the reasons, and the requirement's metadata (level,
 * kind, source clauses, interpretation flag), so a verdict can be explained without re-running.
 *
 * @param exemptionId the exemption that made it EXEMPT, else {@code null}
 * @param deviation   the deviation recorded for this requirement that the finding considered: the one that
 *                    made it DEVIATED, keeps it PENDING, or that the rule refused; else {@code null}
 * @param fix         how this finding is closed (the requirement's own way unless the rule said otherwise)
 * @param deviationOutcome what became of {@code deviation} ({@code null} exactly when it is)
 * @param question    the question that decides whether a conditional requirement applies, when that is
 *                    what leaves it UNKNOWN; else {@code null}
 * @param action      the first next action the rule asked for, instead of the requirement's own text; {@code null} for that
 */
public record Finding(
        Requirement requirement,
        Status status,
        Status ruleStatus,
        List<FactUsed> facts,
        List<Message> reasons,
        String exemptionId,
        Deviation deviation,
        Fix fix,
        DeviationOutcome deviationOutcome,
        Message question,
        Message action) {

    public Finding {
        facts = List.copyOf(facts);
        reasons = List.copyOf(reasons);
        if (fix == null) {
            fix = requirement.fix();
        }
        if ((deviation == null) != (deviationOutcome == null)) {
            throw new IllegalArgumentException("a deviation and its outcome go together: " + requirement.id());
        }
    }


    /** A finding closed the requirement's own way. */
    public Finding(Requirement requirement, Status status, Status ruleStatus, List<FactUsed> facts,
            List<Message> reasons, String exemptionId, Deviation deviation) {
        this(requirement, status, ruleStatus, facts, reasons, exemptionId, deviation, null,
                deviation == null ? null : status == Status.DEVIATED ? DeviationOutcome.ACCEPTED : DeviationOutcome.NOT_APPROVED,
                null, null);
    }

    public String id() {
        return requirement.id();
    }

    /** MANDATORY or PROHIBITION: decides the verdict. RECOMMENDED findings are advisories. */
    public boolean blocking() {
        return requirement.level().blocking();
    }
}
