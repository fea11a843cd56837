package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.testdata.Services;

/** LAW-03 (§4(2) 「日本に裁判管轄権がある」, 別紙): a Japanese court has, or can be given, jurisdiction. */
class Law03JapaneseCourtTest {

    private final Law03JapaneseCourt rule = new Law03JapaneseCourt();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void japaneseCourtCanBeMadeCompetent() {
        assertThatResult(evaluateOn(aService().jurisdictionJapan(true)))
                .isMet().hasReason("reason.fact.yes", "@fact.service.jurisdictionJapan").usedFact("service.jurisdictionJapan", true);
    }

    @Test
    void foreignCourtsOnlyIsNotMet() {
        assertThatResult(evaluateOn(aService().jurisdictionJapan(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.service.jurisdictionJapan");
    }

    @Test
    void unknownJurisdictionIsUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("service.jurisdictionJapan").usedFact("service.jurisdictionJapan", null);
    }

    @ParameterizedTest
    @EnumSource(value = ExemptionCase.class, names = {"LGWAN", "ISMAP"})
    void foreignJurisdictionIsExemptUnderTheSelectionCriteriaExemptions(ExemptionCase exemption) {
        Assessment a = exemption.assess(exemption.system(), exemption.service().jurisdictionJapan(false), aCompletePlan());

        assertThatFinding(a, "LAW-03").isExemptUnder(exemption.id).hasRuleStatus(Status.NOT_MET)
                .hasReason("reason.fact.no", "@fact.service.jurisdictionJapan");
    }

    @Test
    void surveillanceVideoExemptionNeedsTheJapaneseCourtItself() {
        Assessment a = RuleTesting.assess(ExemptionCase.VIDEO.system(),
                ExemptionCase.VIDEO.service().jurisdictionJapan(false), aCompletePlan());

        assertThatFinding(a, "LAW-03").hasStatus(Status.NOT_MET).isNotExempt();
        org.assertj.core.api.Assertions.assertThat(a.exemption("EXM-VIDEO").reasons())
                .anyMatch(m -> m.key().equals("EXM-VIDEO.itemNotMet") && m.args().contains("LAW-03"));
    }
}
