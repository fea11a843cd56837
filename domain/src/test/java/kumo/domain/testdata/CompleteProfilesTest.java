package kumo.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Assessor;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.assessment.Finding;
import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.CatalogueV1;

/** The builders' starting points: "all good" is ELIGIBLE, "all unknown" is never a pass. */
class CompleteProfilesTest {

    private final Assessor assessor = new Assessor(CatalogueV1.catalogue());

    @Test
    void completeSystemOnFullyCapableServiceWithCompletePlanIsEligible() {
        Assessment a = assessor.assess(Systems.aCompleteC2System().build(), Services.aFullyCapableService().build(),
                Plans.aCompletePlan().build(), Dates.ASSESSMENT_DATE);

        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(a.inScope()).isTrue();
        assertThat(a.findings()).hasSize(56)
                .filteredOn(f -> f.requirement().level() != Level.RECOMMENDED)
                .extracting(Finding::status)
                .containsOnly(Status.MET, Status.NOT_APPLICABLE, Status.EXEMPT);
        assertThat(a.findings()).filteredOn(f -> f.requirement().level() == Level.RECOMMENDED)
                .extracting(Finding::status).containsOnly(Status.MET);
        assertThat(a.risks()).noneMatch(r -> r.state().open());
        assertThat(a.nextActions()).noneMatch(n -> n.blocking());
    }

    @Test
    void everyRuleOfTheCompleteProfilesIsMetBeforeExemptions() {
        Assessment a = assessor.assess(Systems.aCompleteC2System().build(), Services.aFullyCapableService().build(),
                Plans.aCompletePlan().build(), Dates.ASSESSMENT_DATE);

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.APPLIED);
        assertThat(a.findings()).filteredOn(f -> f.ruleStatus() != Status.MET)
                .extracting(Finding::id)
                .as("only conditional requirements whose condition fails (ISMAP-listed, no contractor change)")
                .containsExactlyInAnyOrder("PROC-04", "PROC-05");
        assertThat(a.finding("PROC-04").ruleStatus()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.finding("PROC-05").ruleStatus()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void theCompleteProfilesStayEligibleWithoutTheIsmapExemption() {
        Assessment a = assessor.assess(Systems.aCompleteC2System().build(),
                Services.aFullyCapableService().notOnIsmapList().build(),
                Plans.aCompletePlan().clearScopeChecks().scopeCovered(Services.ISO_27001_ID)
                        .scopeCovered(Services.ISO_27017_ID).scopeCovered(Services.SOC2_ID)
                        .ismapDifficultyReason("要件を満たす登録サービスがリストに無かった").build(),
                Dates.ASSESSMENT_DATE);

        assertThat(a.exemptions()).noneMatch(e -> e.state() == ExemptionState.APPLIED);
        assertThat(a.verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void nothingKnownIsIncompleteNeverAPass() {
        Assessment a = assessor.assess(Systems.aSystem().build(), Services.aService().build(), Plans.aPlan().build(),
                Dates.ASSESSMENT_DATE);

        assertThat(a.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(a.inScope()).isTrue();
        assertThat(a.findings()).extracting(Finding::status).doesNotContain(Status.MET, Status.EXEMPT, Status.DEVIATED);
        assertThat(a.risks()).extracting(RiskEntry::applies).containsOnly(true);
    }
}
