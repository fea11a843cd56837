package kumo.domain.assessment;

/** APPLIED: conditions met. POSSIBLE: conditions unknown, evidence needed. NOT_APPLICABLE: conditions fail. */
public enum ExemptionState {
    APPLIED, POSSIBLE, NOT_APPLICABLE
}
