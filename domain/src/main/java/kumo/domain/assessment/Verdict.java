package kumo.domain.assessment;

/** The verdict, first match wins (policy-model §4). */
public enum Verdict {
    OUT_OF_SCOPE, PROHIBITED, NOT_ELIGIBLE, INCOMPLETE, CONDITIONAL, ELIGIBLE
}
