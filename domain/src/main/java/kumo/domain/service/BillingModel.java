package kumo.domain.service;

public enum BillingModel {
    PAY_PER_USE, FIXED, MIXED;

    /** Exposed to charges driven by usage (R25, EDoS). */
    public boolean usageBased() {
        return this != FIXED;
    }
}
