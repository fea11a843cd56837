package kumo.domain.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule found, before exemptions and deviations: a status, the facts it used and the reasons,
 * each a bilingual {@link Message}.
 *
 * @param fix        how this particular outcome is closed, when it differs from the requirement's
 *                   usual way (e.g. an unencrypted path is a plan to change, not a service to replace);
 *                   {@code null} for the requirement's own
 * @param deviable   {@code false} when this outcome rests on a part of the requirement that is not an
 *                   example-list item, so no deviation may lift it (e.g. SEC-07's §4(3) at-rest part)
 * @param question   for an UNKNOWN that rests on whether a conditional requirement applies at all, the
 *                   question that decides it (asked before any record the requirement needs); else {@code null}
 * @param action     the next action this particular outcome calls for first, when the requirement's own
 *                   action text would put the less likely step first (e.g. NET-02 on an internet VPN:
 *                   the approval, before changing the plan); {@code null} for the requirement's own
 */
public record RuleResult(Status status, List<FactUsed> facts, List<Message> reasons, Fix fix, boolean deviable,
        Message question, Message action) {

    public RuleResult {
        facts = List.copyOf(facts);
        reasons = List.copyOf(reasons);
    }

    public RuleResult(Status status, List<FactUsed> facts, List<Message> reasons) {
        this(status, facts, reasons, null, true, null, null);
    }

    public RuleResult(Status status, List<FactUsed> facts, List<Message> reasons, Fix fix, boolean deviable) {
        this(status, facts, reasons, fix, deviable, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects facts and reasons; ends with the status. */
    public static final class Builder {
        private final List<FactUsed> facts = new ArrayList<>();
        private final List<Message> reasons = new ArrayList<>();
        private Fix fix;
        private boolean deviable = true;
        private Message question;

        /** This outcome is closed another way than the requirement's usual one. */
        public Builder fix(Fix how) {
            this.fix = how;
            return this;
        }

        /** No deviation may lift this outcome. */
        public Builder notDeviable() {
            this.deviable = false;
            return this;
        }

        /** Whether the requirement applies is not known: this question decides it (see {@link RuleResult#question}). */
        public Builder ask(String key, Object... args) {
            this.question = Message.of(key, args);
            return this;
        }

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
            return new RuleResult(status, facts, reasons, fix, deviable, question, null);
        }
    }
}
