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

/** SEC-01 (§2エ アクセスログ等の証跡の保存及び提供). MANDATORY, deviable (an example of §2エ 「以下を例とする」). */
class Sec01AccessLogsProvidedTest {

    private final Sec01AccessLogsProvided rule = new Sec01AccessLogsProvided();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void accessLogsKeptAndProvidedToTheCityAreMet() {
        assertThatResult(evaluateOn(aService().accessLogsProvided(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.security.accessLogsProvided").usedFact("security.accessLogsProvided", true);
    }

    @Test
    void noAccessLogsForTheCityAreNotMet() {
        assertThatResult(evaluateOn(aService().accessLogsProvided(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.security.accessLogsProvided").usedFact("security.accessLogsProvided", false);
    }

    @Test
    void unknownAccessLogsAreUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("security.accessLogsProvided").usedFact("security.accessLogsProvided", null);
    }

    @Test
    void approvedDeviationMakesItDeviated() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().accessLogsProvided(false),
                aCompletePlan().approvedDeviation("SEC-01"));

        assertThatFinding(a, "SEC-01").isDeviated().hasRuleStatus(Status.NOT_MET)
                .hasReason("reason.fact.no", "@fact.security.accessLogsProvided");
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().accessLogsProvided(false),
                aCompletePlan().unapprovedDeviation("SEC-01"));

        assertThatFinding(a, "SEC-01").awaitsDeviationApproval().hasRuleStatus(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void approvedDeviationAlsoCoversMissingEvidence() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().accessLogsProvided(null),
                aCompletePlan().approvedDeviation("SEC-01"));

        assertThatFinding(a, "SEC-01").isDeviated().hasRuleStatus(Status.UNKNOWN);
    }
}
