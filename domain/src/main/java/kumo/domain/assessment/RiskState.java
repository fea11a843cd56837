package kumo.domain.assessment;

/** Where one §3 risk stands. Only DECIDED, NOT_APPLICABLE and INFORMATIONAL are closed. */
public enum RiskState {
    /** a valid decision is in force */
    DECIDED,
    /** the risk does not apply to this system and service */
    NOT_APPLICABLE,
    /** R08: the policy states a fact and asks for no decision */
    INFORMATIONAL,
    /** no decision; the service shows the capability, so kumo proposes MITIGATE for a person to confirm */
    PROPOSED,
    /** no decision */
    UNDECIDED,
    /** a decision exists but the check the policy asks for first is not recorded */
    CHECK_MISSING,
    /** an ACCEPT whose expiry date has passed */
    EXPIRED,
    /** MITIGATE, but the service lacks the capability or it is unknown */
    MITIGATION_UNSUPPORTED,
    /**
     * a decision is on record but not in force: it lacks treatment, rationale, who or when (reason
     * {@code risk.incompleteDecision}), or it is dated after the assessment date (reason
     * {@code risk.decidedAfterAssessmentDate}); the reasons say which
     */
    INCOMPLETE_DECISION;

    public boolean open() {
        return this != DECIDED && this != NOT_APPLICABLE && this != INFORMATIONAL;
    }
}
