package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.assess;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aFullyCapableService;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.testdata.Services;

/** SEC-03 (§2エ インターネット回線とクラウド基盤の接続点の通信の監視). MANDATORY, deviable (an example of §2エ 「以下を例とする」). */
class Sec03ConnectionPointMonitoredTest {

    private final Sec03ConnectionPointMonitored rule = new Sec03ConnectionPointMonitored();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void connectionPointMonitoredIsMet() {
        assertThatResult(evaluateOn(aService().connectionPointMonitored(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.security.connectionPointMonitored").usedFact("security.connectionPointMonitored", true);
    }

    @Test
    void unmonitoredConnectionPointIsNotMet() {
        assertThatResult(evaluateOn(aService().connectionPointMonitored(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.security.connectionPointMonitored").usedFact("security.connectionPointMonitored", false);
    }

    @Test
    void unknownMonitoringIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("security.connectionPointMonitored").usedFact("security.connectionPointMonitored", null);
    }

    @Test
    void approvedDeviationMakesItDeviated() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().connectionPointMonitored(false),
                aCompletePlan().approvedDeviation("SEC-03"));

        assertThatFinding(a, "SEC-03").isDeviated().hasRuleStatus(Status.NOT_MET)
                .hasReason("reason.fact.no", "@fact.security.connectionPointMonitored");
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().connectionPointMonitored(false),
                aCompletePlan().unapprovedDeviation("SEC-03"));

        assertThatFinding(a, "SEC-03").awaitsDeviationApproval().hasRuleStatus(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void approvedDeviationAlsoCoversMissingEvidence() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().connectionPointMonitored(null),
                aCompletePlan().approvedDeviation("SEC-03"));

        assertThatFinding(a, "SEC-03").isDeviated().hasRuleStatus(Status.UNKNOWN);
    }
}
