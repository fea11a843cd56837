package kumo.domain.rules.v1;

import java.time.LocalDate;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.Decision;
import kumo.domain.plan.Outcome;

/** The two shapes most rules share: a yes/no/unknown service fact, and a recorded city decision. */
final class Checks {

    private Checks() {
    }

    /** TRUE → MET, FALSE → NOT_MET, null → UNKNOWN (evidence needed), naming the fact. */
    static RuleResult serviceFact(String fact, Boolean value) {
        RuleResult.Builder r = RuleResult.builder().fact(fact, value);
        if (value == null) {
            return r.unknown("reason.fact.unknown", "@fact." + fact);
        }
        return value ? r.met("reason.fact.yes", "@fact." + fact) : r.notMet("reason.fact.no", "@fact." + fact);
    }

    /** Status of a combination: any NOT_MET wins, then UNKNOWN, else MET. */
    static Status all(Boolean... values) {
        boolean unknown = false;
        for (Boolean v : values) {
            if (Boolean.FALSE.equals(v)) {
                return Status.NOT_MET;
            }
            unknown |= v == null;
        }
        return unknown ? Status.UNKNOWN : Status.MET;
    }

    /**
     * A recorded city decision: YES → MET, NO → NOT_MET (the step was taken and its outcome fails the
     * rule), missing, incomplete or dated after the assessment → PENDING.
     */
    static RuleResult decision(String fact, Decision d, LocalDate date) {
        return decision(RuleResult.builder(), fact, d, date);
    }

    static RuleResult decision(RuleResult.Builder r, String fact, Decision d, LocalDate date) {
        r.fact(fact, d == null ? null : d.outcome());
        if (d == null) {
            return r.pending("reason.decision.missing", "@fact." + fact);
        }
        if (d.decidedOn() != null && d.decidedOn().isAfter(date)) {
            return r.pending("reason.decision.future", "@fact." + fact, d.decidedOn());
        }
        if (!d.recordedBy(date)) {
            return r.pending("reason.decision.incomplete", "@fact." + fact);
        }
        return d.outcome() == Outcome.YES
                ? r.met("reason.decision.yes", "@fact." + fact, d.decidedBy(), d.decidedOn())
                : r.notMet("reason.decision.no", "@fact." + fact, d.decidedBy(), d.decidedOn(), d.rationale());
    }
}
