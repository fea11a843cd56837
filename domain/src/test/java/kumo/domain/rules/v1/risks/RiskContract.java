package kumo.domain.rules.v1.risks;

import static org.assertj.core.api.Assertions.assertThat;

import kumo.domain.assessment.RiskEntry;
import kumo.domain.catalogue.Message;
import kumo.domain.plan.RiskDecision;
import kumo.domain.rules.v1.risks.RiskTesting.Case;

/**
 * What every per-risk test knows: its risk ID and a case on which the risk applies. The contracts that
 * extend this one hold the tests that each kind of risk must pass; a per-risk test class implements the
 * contracts that fit its risk, so breaking that risk's class (its applicability, capability, check or
 * alternative) fails a test named for the risk.
 */
interface RiskContract {

    /** The risk ID, e.g. {@code "R10"}. */
    String id();

    /** A system and service on which the risk applies and every capability is offered. */
    default Case applicable() {
        return Case.complete();
    }

    default RiskEntry assess(Case c, RiskDecision... decisions) {
        return RiskTesting.assess(id(), c, decisions);
    }

    static boolean has(RiskEntry r, String key) {
        return r.reasons().stream().map(Message::key).anyMatch(key::equals);
    }
}
