package kumo.domain.catalogue;

import java.util.Objects;

import kumo.domain.service.CloudServiceProfile;

/**
 * The typed logic of one §3 risk (policy-model §7): when it applies, the service capability that
 * mitigates it (if the policy names one), whether the policy asks for a check before any decision
 * counts, and the alternative the policy offers. One subclass per risk ID, in the catalogue version's
 * explicit list; the catalogue load checks that {@code risks.tsv} says the same.
 */
public abstract class RiskRule {

    /** For subclasses: the policy names no capability that mitigates the risk. */
    protected static final MitigatingCapability NO_CAPABILITY = null;
    /** For subclasses: no decision counts until the check the policy asks for is recorded. */
    protected static final boolean CHECK_FIRST = true;
    /** For subclasses: a decision counts without a prior check. */
    protected static final boolean NO_CHECK = false;

    private final String id;
    private final Applicability appliesWhen;
    private final MitigatingCapability capability;
    private final boolean checkFirst;
    private final Alternative alternative;

    protected RiskRule(String id, Applicability appliesWhen, MitigatingCapability capability, boolean checkFirst,
            Alternative alternative) {
        this.id = Objects.requireNonNull(id, "id");
        this.appliesWhen = Objects.requireNonNull(appliesWhen, "appliesWhen");
        this.capability = capability;
        this.checkFirst = checkFirst;
        this.alternative = Objects.requireNonNull(alternative, "alternative");
    }

    /** The risk ID, e.g. {@code "R10"}. */
    public final String id() {
        return id;
    }

    public final Applicability appliesWhen() {
        return appliesWhen;
    }

    /** The capability that mitigates the risk; {@code null} when the policy names none. */
    public final MitigatingCapability capability() {
        return capability;
    }

    public final boolean checkFirst() {
        return checkFirst;
    }

    public final Alternative alternative() {
        return alternative;
    }

    /** TRUE the risk applies, FALSE it does not, {@code null} unknown (counts as applying). */
    public final Boolean applies(RuleContext c) {
        return appliesWhen.appliesTo(c);
    }

    /** Whether the service shows the mitigating capability: TRUE, FALSE, or {@code null} unknown or none exists. */
    public final Boolean capabilityOffered(CloudServiceProfile service) {
        return capability == null ? null : capability.offeredBy(service);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
