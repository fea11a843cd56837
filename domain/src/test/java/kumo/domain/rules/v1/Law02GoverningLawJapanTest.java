package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.testdata.Services;

/** LAW-02 (§2イ 必要に応じて準拠法を指定, 別紙: Japanese law can be made the governing law). RECOMMENDED; a §5 item of the surveillance-video exemption. */
class Law02GoverningLawJapanTest {

    private final Law02GoverningLawJapan rule = new Law02GoverningLawJapan();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void japaneseGoverningLawCanBeChosen() {
        assertThatResult(evaluateOn(aService().governingLawJapan(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.service.governingLawJapan").usedFact("service.governingLawJapan", true);
    }

    @Test
    void foreignGoverningLawOnlyIsNotMet() {
        assertThatResult(evaluateOn(aService().governingLawJapan(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.service.governingLawJapan").usedFact("service.governingLawJapan", false);
    }

    @Test
    void unknownGoverningLawIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("service.governingLawJapan").usedFact("service.governingLawJapan", null);
    }
}
