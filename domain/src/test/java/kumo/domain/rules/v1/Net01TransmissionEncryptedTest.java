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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.plan.NetworkPath;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/** NET-01 (§4(3) 「クラウドサービス利用時の伝送路は暗号化するものとする」): the transmission path is encrypted. Not deviable. */
class Net01TransmissionEncryptedTest {

    private final Net01TransmissionEncrypted rule = new Net01TransmissionEncrypted();

    private RuleResult evaluateOn(Services service, Plans plan) {
        return evaluate(rule, aSystem(), service, plan);
    }

    @Test
    void encryptedTransmissionIsMet() {
        assertThatResult(evaluateOn(aService().encryptionInTransit(true), aPlan().networkPath(NetworkPath.INTERNET_TLS)))
                .isMet().hasReason("reason.fact.yes", "@fact.security.encryptionInTransit")
                .usedFact("security.encryptionInTransit", true).usedFact("plan.networkPath", NetworkPath.INTERNET_TLS);
    }

    @Test
    void serviceWithoutTransportEncryptionIsNotMet() {
        assertThatResult(evaluateOn(aService().encryptionInTransit(false), aPlan().networkPath(NetworkPath.LEASED_LINE)))
                .isNotMet().hasReason("reason.fact.no", "@fact.security.encryptionInTransit")
                .as("closed the requirement's own way: choose another service").hasFix(null);
    }

    @Test
    void unencryptedPathIsNotMetEvenWhenTheServiceOffersTls() {
        assertThatResult(evaluateOn(aService().encryptionInTransit(true), aPlan().networkPath(NetworkPath.INTERNET_UNENCRYPTED)))
                .isNotMet().hasReason("NET-01.unencryptedPath").usedFact("plan.networkPath", NetworkPath.INTERNET_UNENCRYPTED)
                .as("an unencrypted path is a plan to change, not a service to replace").hasFix(Fix.PLAN);
    }

    @Test
    void unknownTransportEncryptionIsUnknown() {
        assertThatResult(evaluateOn(aService(), aPlan().networkPath(NetworkPath.IP_VPN)))
                .isUnknown().namesUnknownFact("security.encryptionInTransit");
    }

    @Test
    void pathNotYetChosenStillNeedsTheServicesEncryption() {
        assertThatResult(evaluateOn(aService().encryptionInTransit(true), aPlan()))
                .isMet().usedFact("plan.networkPath", null);
    }

    @ParameterizedTest
    @EnumSource(value = RuleTesting.ExemptionCase.class)
    void noExemptionLiftsTransportEncryption(RuleTesting.ExemptionCase exemption) {
        Assessment a = exemption.assess(exemption.system(), exemption.service().encryptionInTransit(false), aCompletePlan());

        assertThatFinding(a, "NET-01").hasStatus(Status.NOT_MET).isNotExempt();
    }

    @Test
    void transportEncryptionIsNotDeviable() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().encryptionInTransit(false),
                aCompletePlan().approvedDeviation("NET-01"));

        assertThatFinding(a, "NET-01").hasStatus(Status.NOT_MET).doesNotHaveReason("finding.deviated");
    }
}
