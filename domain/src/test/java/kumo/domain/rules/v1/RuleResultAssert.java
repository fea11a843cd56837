package kumo.domain.rules.v1;

import java.util.List;
import java.util.Objects;

import org.assertj.core.api.AbstractAssert;

import kumo.domain.catalogue.FactUsed;
import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;

/** Assertions on what a rule found: its status and why (reason keys and arguments, facts used). */
final class RuleResultAssert extends AbstractAssert<RuleResultAssert, RuleResult> {

    private RuleResultAssert(RuleResult actual) {
        super(actual, RuleResultAssert.class);
    }

    static RuleResultAssert assertThatResult(RuleResult actual) {
        return new RuleResultAssert(actual);
    }

    RuleResultAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expected status %s but was %s; reasons %s, facts %s", expected, actual.status(),
                    actual.reasons(), actual.facts());
        }
        return this;
    }

    RuleResultAssert isMet() {
        return hasStatus(Status.MET);
    }

    RuleResultAssert isNotMet() {
        return hasStatus(Status.NOT_MET);
    }

    RuleResultAssert isUnknown() {
        return hasStatus(Status.UNKNOWN);
    }

    RuleResultAssert isPending() {
        return hasStatus(Status.PENDING);
    }

    RuleResultAssert isNotApplicable() {
        return hasStatus(Status.NOT_APPLICABLE);
    }

    /** The outcome is closed this way ({@code null}: the requirement's own way). */
    RuleResultAssert hasFix(Fix expected) {
        isNotNull();
        if (actual.fix() != expected) {
            failWithMessage("Expected fix %s but was %s; status %s, reasons %s", expected, actual.fix(), actual.status(),
                    actual.reasons());
        }
        return this;
    }

    /** Some reason has this key and its arguments begin with {@code leadingArgs}. */
    RuleResultAssert hasReason(String key, Object... leadingArgs) {
        isNotNull();
        if (!hasMessage(actual.reasons(), key, leadingArgs)) {
            failWithMessage("Expected a reason %s%s but reasons were %s", key, List.of(strings(leadingArgs)), actual.reasons());
        }
        return this;
    }

    /** No reason has this key with arguments beginning with {@code leadingArgs}. */
    RuleResultAssert doesNotHaveReason(String key, Object... leadingArgs) {
        isNotNull();
        if (leadingArgs.length > 0 && hasMessage(actual.reasons(), key, leadingArgs)) {
            failWithMessage("Expected no reason %s%s but reasons were %s", key, List.of(strings(leadingArgs)), actual.reasons());
        }
        return leadingArgs.length > 0 ? this : doesNotHaveReason(key);
    }

    RuleResultAssert doesNotHaveReason(String key) {
        isNotNull();
        if (actual.reasons().stream().anyMatch(m -> m.key().equals(key))) {
            failWithMessage("Expected no reason %s but reasons were %s", key, actual.reasons());
        }
        return this;
    }

    /** The reasons say that this fact is unknown and evidence is needed ({@code reason.fact.unknown}, {@code @fact.<name>}). */
    RuleResultAssert namesUnknownFact(String fact) {
        return hasReason("reason.fact.unknown", "@fact." + fact);
    }

    /** The outcome rests on whether the requirement applies, and this question (a text key) decides it. */
    RuleResultAssert asks(String questionKey) {
        isNotNull();
        if (actual.question() == null || !actual.question().key().equals(questionKey)) {
            failWithMessage("Expected the question %s but it was %s", questionKey, actual.question());
        }
        return this;
    }

    /** No question: whether the requirement applies is not what is open. */
    RuleResultAssert asksNothing() {
        isNotNull();
        if (actual.question() != null) {
            failWithMessage("Expected no question but it was %s", actual.question());
        }
        return this;
    }

    /** The rule looked at this fact and saw this value ({@code null}: it saw it unknown). */
    RuleResultAssert usedFact(String name, Object value) {
        isNotNull();
        String shown = value == null ? null : String.valueOf(value);
        if (actual.facts().stream().noneMatch(f -> f.name().equals(name) && Objects.equals(f.value(), shown))) {
            failWithMessage("Expected fact %s=%s but facts were %s", name, shown, actual.facts());
        }
        return this;
    }

    /** The rule looked at this fact, whatever its value. */
    RuleResultAssert usedFact(String name) {
        isNotNull();
        if (actual.facts().stream().map(FactUsed::name).noneMatch(name::equals)) {
            failWithMessage("Expected fact %s but facts were %s", name, actual.facts());
        }
        return this;
    }

    static boolean hasMessage(List<Message> messages, String key, Object... leadingArgs) {
        List<String> expected = List.of(strings(leadingArgs));
        return messages.stream().anyMatch(m -> m.key().equals(key) && m.args().size() >= expected.size()
                && m.args().subList(0, expected.size()).equals(expected));
    }

    private static String[] strings(Object... args) {
        String[] s = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            s[i] = args[i] == null ? "—" : String.valueOf(args[i]);
        }
        return s;
    }
}
