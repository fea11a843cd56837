package kumo.domain.plan;

/** The outcome of a recorded decision or step: YES (done, positive) or NO (done, negative). */
public enum Outcome {
    YES, NO
}
