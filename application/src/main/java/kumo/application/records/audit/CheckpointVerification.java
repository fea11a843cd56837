package kumo.application.records.audit;

import java.util.List;

/**
 * The outcome of checking the audit chain against signed checkpoints and a recorded head.
 *
 * @param keyGiven   whether a public key was given: without one no checkpoint was checked and nothing is proven
 * @param checked    how many checkpoints were looked at (stored and handed in)
 * @param genuine    how many of them carry a valid signature of a given key
 * @param anchoredAt the highest seq a genuine checkpoint proves the chain still holds unchanged; 0 for none
 * @param problems   what does not hold (kinds in {@link Checkpoints}); empty when everything checked holds
 */
public record CheckpointVerification(boolean keyGiven, int checked, int genuine, long anchoredAt,
        List<AuditVerification.Problem> problems) {

    public CheckpointVerification {
        problems = List.copyOf(problems);
    }

    /** Whether nothing checked contradicts the chain. */
    public boolean holds() {
        return problems.isEmpty();
    }
}
