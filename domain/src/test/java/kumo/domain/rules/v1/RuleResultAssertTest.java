package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;

/** The assertions every rule test relies on must be able to fail. */
class RuleResultAssertTest {

    private final RuleResult unknown = RuleResult.builder().fact("security.encryptionAtRest", null)
            .fact("plan.networkPath", "LEASED_LINE")
            .unknown("reason.fact.unknown", "@fact.security.encryptionAtRest");

    @Test
    void passesOnTheRightStatusReasonAndFacts() {
        assertThatCode(() -> assertThatResult(unknown).isUnknown().namesUnknownFact("security.encryptionAtRest")
                .usedFact("security.encryptionAtRest", null).usedFact("plan.networkPath", "LEASED_LINE")
                .usedFact("plan.networkPath").doesNotHaveReason("reason.fact.no"))
                .doesNotThrowAnyException();
    }

    @Test
    void failsOnAnotherStatus() {
        assertThatThrownBy(() -> assertThatResult(unknown).isMet()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected status MET but was UNKNOWN");
    }

    @Test
    void failsOnAMissingReasonKey() {
        assertThatThrownBy(() -> assertThatResult(unknown).hasReason("reason.fact.no")).isInstanceOf(AssertionError.class);
    }

    @Test
    void failsOnOtherReasonArguments() {
        assertThatThrownBy(() -> assertThatResult(unknown).namesUnknownFact("security.encryptionInTransit"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void failsOnTooManyReasonArguments() {
        assertThatThrownBy(() -> assertThatResult(unknown).hasReason("reason.fact.unknown", "@fact.security.encryptionAtRest", "x"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void failsOnAFactWithAnotherValue() {
        assertThatThrownBy(() -> assertThatResult(unknown).usedFact("plan.networkPath", "IP_VPN")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatResult(unknown).usedFact("security.encryptionAtRest", true))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void failsOnAFactNotUsed() {
        assertThatThrownBy(() -> assertThatResult(unknown).usedFact("service.deployment")).isInstanceOf(AssertionError.class);
    }

    @Test
    void failsOnAReasonThatShouldBeAbsent() {
        assertThatThrownBy(() -> assertThatResult(unknown).doesNotHaveReason("reason.fact.unknown"))
                .isInstanceOf(AssertionError.class);
    }
}
