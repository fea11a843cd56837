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

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.testdata.Services;

/**
 * SEC-09 (§2エ 情報開示請求に対する開示項目や範囲の明記; note: NDA 「など必要な情報（措置）を講じた上で取得」): the
 * disclosure items and scope are in the contract, and confidential disclosures come under an NDA. Deviable.
 */
class Sec09DisclosureInContractTest {

    private final Sec09DisclosureInContract rule = new Sec09DisclosureInContract();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void disclosureItemsInContractWithNdaAreMet() {
        assertThatResult(evaluateOn(aService().disclosureItemsInContract(true).ndaAvailable(true)))
                .isMet().hasReason("SEC-09.stated")
                .usedFact("security.disclosureItemsInContract", true).usedFact("security.ndaAvailable", true);
    }

    @Test
    void noDisclosureTermsInTheContractAreNotMet() {
        assertThatResult(evaluateOn(aService().disclosureItemsInContract(false).ndaAvailable(true)))
                .isNotMet().hasReason("SEC-09.noDisclosureTerms");
    }

    @Test
    void missingDisclosureTermsAreNamedEvenWhileTheNdaIsUnknown() {
        assertThatResult(evaluateOn(aService().disclosureItemsInContract(false)))
                .isNotMet().hasReason("SEC-09.noDisclosureTerms");
    }

    @Test
    void disclosureWithoutNdaIsNotMet() {
        assertThatResult(evaluateOn(aService().disclosureItemsInContract(true).ndaAvailable(false)))
                .isNotMet().hasReason("SEC-09.noNda").usedFact("security.ndaAvailable", false);
    }

    @Test
    void noNdaIsNamedEvenWhileTheDisclosureTermsAreUnknown() {
        assertThatResult(evaluateOn(aService().ndaAvailable(false))).isNotMet().hasReason("SEC-09.noNda");
    }

    @Test
    void unknownDisclosureTermsAreUnknown() {
        assertThatResult(evaluateOn(aService().ndaAvailable(true)))
                .isUnknown().hasReason("SEC-09.disclosureUnknown").usedFact("security.disclosureItemsInContract", null);
    }

    @Test
    void unknownNdaIsUnknown() {
        assertThatResult(evaluateOn(aService().disclosureItemsInContract(true)))
                .isUnknown().hasReason("SEC-09.ndaUnknown").usedFact("security.ndaAvailable", null);
    }

    @Test
    void approvedDeviationMakesItDeviated() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().disclosureItemsInContract(false),
                aCompletePlan().approvedDeviation("SEC-09"));

        assertThatFinding(a, "SEC-09").isDeviated().hasRuleStatus(Status.NOT_MET).hasReason("SEC-09.noDisclosureTerms");
    }

    @Test
    void deviationNotYetApprovedIsPending() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().ndaAvailable(null),
                aCompletePlan().unapprovedDeviation("SEC-09"));

        assertThatFinding(a, "SEC-09").awaitsDeviationApproval().hasRuleStatus(Status.UNKNOWN);
    }
}
