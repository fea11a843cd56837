package kumo.domain.assessment;

import java.util.List;

import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Status;

/** The verdict order of policy-model §4, first match wins, as a pure function of the findings and the register. */
public final class VerdictPolicy {

    private VerdictPolicy() {
    }

    public static Verdict verdict(boolean inScope, List<Finding> findings, List<RiskEntry> risks) {
        if (!inScope) {
            return Verdict.OUT_OF_SCOPE;
        }
        if (any(findings, Level.PROHIBITION, Status.NOT_MET)) {
            return Verdict.PROHIBITED;
        }
        if (any(findings, Level.MANDATORY, Status.NOT_MET)) {
            return Verdict.NOT_ELIGIBLE;
        }
        if (any(findings, Level.PROHIBITION, Status.UNKNOWN) || any(findings, Level.MANDATORY, Status.UNKNOWN)) {
            return Verdict.INCOMPLETE;
        }
        boolean open = any(findings, Level.PROHIBITION, Status.PENDING) || any(findings, Level.MANDATORY, Status.PENDING)
                || risks.stream().anyMatch(r -> r.state().open());
        return open ? Verdict.CONDITIONAL : Verdict.ELIGIBLE;
    }

    private static boolean any(List<Finding> findings, Level level, Status status) {
        return findings.stream().anyMatch(f -> f.requirement().level() == level && f.status() == status);
    }
}
