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
import kumo.domain.testdata.Plans;

/** EXIT-05 (§4(5) 「クラウドサービスの外部でも保管することが望ましい」): backups also kept outside the service. RECOMMENDED. */
class Exit05BackupOutsideServiceTest {

    private final Exit05BackupOutsideService rule = new Exit05BackupOutsideService();

    private RuleResult evaluateOn(Plans plan) {
        return evaluate(rule, aSystem(), aService(), plan);
    }

    @Test
    void backupsAlsoKeptOutsideTheServiceAreMet() {
        assertThatResult(evaluateOn(aPlan().backupOutsideService(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.plan.backupOutsideService").usedFact("plan.backupOutsideService", true);
    }

    @Test
    void backupsOnlyInsideTheServiceAreNotMet() {
        assertThatResult(evaluateOn(aPlan().backupOutsideService(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.plan.backupOutsideService");
    }

    @Test
    void backupPlaceNotYetDecidedIsPending() {
        assertThatResult(evaluateOn(aPlan()))
                .isPending().hasReason("reason.plan.undecided", "@fact.plan.backupOutsideService")
                .usedFact("plan.backupOutsideService", null);
    }

    @Test
    void backupsOnlyInsideTheServiceAreAnAdvisoryNotABlocker() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService(), aCompletePlan().backupOutsideService(false));

        assertThatFinding(a, "EXIT-05").hasStatus(Status.NOT_MET);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }
}
