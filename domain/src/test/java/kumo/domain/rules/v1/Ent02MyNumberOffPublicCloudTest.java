package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.service.Deployment;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

/** ENT-02 (§4(3), 対策基準 5.1ア): マイナンバー利用事務系 information is not handled on a public cloud. */
class Ent02MyNumberOffPublicCloudTest {

    private final Ent02MyNumberOffPublicCloud rule = new Ent02MyNumberOffPublicCloud();

    private RuleResult evaluateOn(Systems system, Services service) {
        return evaluate(rule, system, service, aPlan());
    }

    @Test
    void myNumberInformationOnPublicCloudIsProhibited() {
        RuleResult r = evaluateOn(aSystem().myNumber(true), aService().publicCloud());

        assertThatResult(r).isNotMet().hasReason("ENT-02.myNumberOnPublic")
                .usedFact("classification.myNumber", true).usedFact("service.deployment", Deployment.PUBLIC_CLOUD);
    }

    @Test
    void informationWithoutMyNumberOnPublicCloudIsAllowed() {
        assertThatResult(evaluateOn(aSystem().myNumber(false), aService().publicCloud()))
                .isMet().hasReason("ENT-02.noMyNumber").usedFact("classification.myNumber", false);
    }

    @ParameterizedTest
    @EnumSource(value = Deployment.class, names = {"LGWAN_ASP", "PRIVATE"})
    void myNumberInformationOffPublicCloudIsNotApplicable(Deployment deployment) {
        assertThatResult(evaluateOn(aSystem().myNumber(true), aService().deployment(deployment)))
                .isNotApplicable().hasReason("reason.notPublicCloud", "@deployment." + deployment.name());
    }

    @Test
    void unknownMyNumberFlagOnPublicCloudIsUnknown() {
        assertThatResult(evaluateOn(aSystem(), aService().publicCloud()))
                .isUnknown().hasReason("ENT-02.myNumberUnknown").usedFact("classification.myNumber", null);
    }

    @Test
    void myNumberInformationOnUnknownDeploymentIsUnknown() {
        assertThatResult(evaluateOn(aSystem().myNumber(true), aService()))
                .isUnknown().hasReason("ENT-02.myNumberDeploymentUnknown").usedFact("service.deployment", null);
    }

    @Test
    void publicConfidentialityDoesNotMakeMyNumberInformationAllowed() {
        RuleResult r = evaluateOn(aSystem().confidentiality(kumo.domain.classification.Confidentiality.C1).myNumber(true),
                aService().publicCloud());

        assertThatResult(r).isNotMet().hasReason("ENT-02.myNumberOnPublic");
    }

    @Test
    void ismapListedPublicCloudIsStillProhibitedForMyNumber() {
        Assessment a = ExemptionCase.ISMAP.assess(Systems.aCompleteC2System().myNumber(true),
                ExemptionCase.ISMAP.service(), aCompletePlan());

        assertThatFinding(a, "ENT-02").hasStatus(Status.NOT_MET).isNotExempt().hasReason("ENT-02.myNumberOnPublic");
        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void surveillanceVideoExemptionDoesNotLiftTheProhibition() {
        Assessment a = ExemptionCase.VIDEO.assess(ExemptionCase.VIDEO.system().myNumber(true),
                ExemptionCase.VIDEO.service(), aCompletePlan());

        assertThatFinding(a, "ENT-02").hasStatus(Status.NOT_MET).isNotExempt();
        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
    }
}
