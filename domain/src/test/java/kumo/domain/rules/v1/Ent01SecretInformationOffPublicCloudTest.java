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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.classification.Confidentiality;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.service.Deployment;
import kumo.domain.testdata.Services;
import kumo.domain.testdata.Systems;

/** ENT-01 (§4(3)): 秘密文書に相当する機密性 (機密性3; 2024: 3A) is not handled on a public cloud. */
class Ent01SecretInformationOffPublicCloudTest {

    private final Ent01SecretInformationOffPublicCloud rule = new Ent01SecretInformationOffPublicCloud();

    private RuleResult evaluateOn(Systems system, Services service) {
        return evaluate(rule, system, service, aPlan());
    }

    @Test
    void secretInformationOnPublicCloudIsProhibited() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3), aService().publicCloud());

        assertThatResult(r).isNotMet().hasReason("ENT-01.secretOnPublic")
                .usedFact("service.deployment", Deployment.PUBLIC_CLOUD)
                .usedFact("classification.confidentiality", Confidentiality.C3);
    }

    @Test
    void confidentiality2OnPublicCloudIsAllowed() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C2), aService().publicCloud());

        assertThatResult(r).isMet().hasReason("ENT-01.notSecret").usedFact("classification.confidentiality", "C2");
    }

    @Test
    void publicInformationOnPublicCloudIsAllowed() {
        assertThatResult(evaluateOn(aSystem().confidentiality(Confidentiality.C1), aService().publicCloud()))
                .isMet().hasReason("ENT-01.notSecret");
    }

    @ParameterizedTest
    @EnumSource(value = Deployment.class, names = {"LGWAN_ASP", "PRIVATE"})
    void secretInformationOffPublicCloudIsNotApplicable(Deployment deployment) {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3), aService().deployment(deployment));

        assertThatResult(r).isNotApplicable().hasReason("reason.notPublicCloud", "@deployment." + deployment.name());
    }

    @Test
    void unknownConfidentialityOnPublicCloudIsUnknown() {
        RuleResult r = evaluateOn(aSystem(), aService().publicCloud());

        assertThatResult(r).isUnknown().hasReason("reason.confidentialityUnknown")
                .usedFact("classification.confidentiality", null);
    }

    @Test
    void secretInformationOnUnknownDeploymentIsUnknown() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3), aService());

        assertThatResult(r).isUnknown().hasReason("ENT-01.secretDeploymentUnknown").usedFact("service.deployment", null);
    }

    @Test
    void nonSecretInformationNeedsNoDeploymentToPass() {
        assertThatResult(evaluateOn(aSystem().confidentiality(Confidentiality.C2), aService()))
                .isMet().hasReason("ENT-01.notSecret");
    }

    @Test
    void c3aInFiveLevelSchemeIsSecret() {
        RuleResult r = evaluateOn(aSystem().fiveLevelConfidentiality(Confidentiality.C3A), aService().publicCloud());

        assertThatResult(r).isNotMet().hasReason("ENT-01.secretOnPublic").usedFact("classification.confidentiality", "C3A");
    }

    @ParameterizedTest
    @EnumSource(value = Confidentiality.class, names = {"C3B", "C3C"})
    void c3bInFiveLevelSchemeIsNotSecret(Confidentiality level) {
        RuleResult r = evaluateOn(aSystem().fiveLevelConfidentiality(level), aService().publicCloud());

        assertThatResult(r).isMet().hasReason("ENT-01.notSecret").usedFact("classification.confidentiality", level);
    }

    @ParameterizedTest
    @CsvSource({"C3A, C3", "C3B, C2", "C3C, C2", "C2, C2", "C1, C1"})
    void aFiveLevelClassificationIsShownMappedTo2020(Confidentiality level, Confidentiality level2020) {
        RuleResult r = evaluateOn(aSystem().fiveLevelConfidentiality(level), aService().publicCloud());

        assertThatResult(r).hasReason("reason.classification.mapped", level, level2020)
                .usedFact("classification.confidentiality", level)
                .usedFact("classification.confidentiality2020", level2020);
    }

    @Test
    void c3bIsMappedToC2AndSoAllowed() {
        RuleResult r = evaluateOn(aSystem().fiveLevelConfidentiality(Confidentiality.C3B), aService().publicCloud());

        assertThatResult(r).isMet().hasReason("ENT-01.notSecret").hasReason("reason.classification.mapped", "C3B", "C2")
                .usedFact("classification.confidentiality2020", "C2");
    }

    @Test
    void aThreeLevelClassificationNeedsNoMapping() {
        RuleResult r = evaluateOn(aSystem().confidentiality(Confidentiality.C3), aService().publicCloud());

        assertThatResult(r).isNotMet().doesNotHaveReason("reason.classification.mapped");
        assertThat(r.facts()).extracting(f -> f.name()).doesNotContain("classification.confidentiality2020");
    }

    @Test
    void ismapListingDoesNotLiftTheProhibition() {
        Assessment a = ExemptionCase.ISMAP.assess(Systems.aCompleteC2System().confidentiality(Confidentiality.C3),
                ExemptionCase.ISMAP.service(), aCompletePlan());

        assertThatFinding(a, "ENT-01").hasStatus(Status.NOT_MET).isNotExempt().hasReason("ENT-01.secretOnPublic");
        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void surveillanceVideoExemptionDoesNotLiftTheProhibition() {
        Assessment a = ExemptionCase.VIDEO.assess(ExemptionCase.VIDEO.system().confidentiality(Confidentiality.C3),
                ExemptionCase.VIDEO.service(), aCompletePlan());

        assertThatFinding(a, "ENT-01").hasStatus(Status.NOT_MET).isNotExempt().hasReason("ENT-01.secretOnPublic");
        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
    }

    @Test
    void lgwanExemptionLeavesTheProhibitionNotApplicableNotExempt() {
        Assessment a = ExemptionCase.LGWAN.assess(Systems.aCompleteC2System().confidentiality(Confidentiality.C3),
                ExemptionCase.LGWAN.service(), aCompletePlan().entrustmentAddressesSecretOrMyNumber(true));

        assertThatFinding(a, "ENT-01").hasStatus(Status.NOT_APPLICABLE).isNotExempt()
                .hasReason("reason.notPublicCloud", "@deployment.LGWAN_ASP");
    }
}
