package kumo.domain.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule found, before exemptions and deviations: a status, the facts it used and the reasons,
 * each a bilingual {@link Message}.
 */
public record RuleResult(Status status, List<FactUsed> facts, List<Message> reasons) {

    public RuleResult {
        facts = List.copyOf(facts);
        reasons = List.copyOf(reasons);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects facts and reasons; ends with the status. */
    public static final class Builder {
        private final List<FactUsed> facts = new ArrayList<>();
        private final List<Message> reasons = new ArrayList<>();

        public Builder fact(String name, Object value) {
            facts.add(FactUsed.of(name, value));
            return this;
        }

        public Builder reason(String key, Object... args) {
            reasons.add(Message.of(key, args));
            return this;
        }

        public RuleResult met(String key, Object... args) {
            return end(Status.MET, key, args);
        }

        public RuleResult notMet(String key, Object... args) {
            return end(Status.NOT_MET, key, args);
        }

        public RuleResult unknown(String key, Object... args) {
            return end(Status.UNKNOWN, key, args);
        }

        public RuleResult pending(String key, Object... args) {
            return end(Status.PENDING, key, args);
        }

        public RuleResult notApplicable(String key, Object... args) {
            return end(Status.NOT_APPLICABLE, key, args);
        }

        public RuleResult end(Status status, String key, Object... args) {
            if (key != null) {
                reason(key, args);
            }
            return new RuleResult(status, facts, reasons);
        }
    }
}
