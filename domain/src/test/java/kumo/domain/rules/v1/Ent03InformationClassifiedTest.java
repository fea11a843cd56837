package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.classification.HandlingRestriction;
import kumo.domain.testdata.Systems;

/** ENT-03 (§2ア, §4(1)⑤): the information is classified (C/I/A, handling restrictions, My Number, personal data). */
class Ent03InformationClassifiedTest {

    private final Ent03InformationClassified rule = new Ent03InformationClassified();

    private RuleResult evaluateOn(Systems system) {
        return evaluate(rule, system, aService(), aPlan());
    }

    @Test
    void fullyClassifiedInformationIsMet() {
        assertThatResult(evaluateOn(aCompleteC2System()))
                .isMet().hasReason("ENT-03.classified")
                .usedFact("classification.confidentiality", "C2").usedFact("classification.availability", "A2");
    }

    @Test
    void noHandlingRestrictionIsAnAnswer() {
        assertThatResult(evaluateOn(aCompleteC2System().noHandlingRestrictions()))
                .isMet().hasReason("ENT-03.classified").usedFact("classification.handlingRestrictions", "[]");
    }

    @Test
    void handlingRestrictionsAreRecorded() {
        assertThatResult(evaluateOn(aCompleteC2System().handlingRestrictions(HandlingRestriction.NO_COPY)))
                .isMet().usedFact("classification.handlingRestrictions", "[NO_COPY]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"confidentiality", "integrity", "availability", "handlingRestrictions", "myNumber", "personalData"})
    void eachMissingPartOfTheClassificationIsNamed(String part) {
        Systems system = aCompleteC2System();
        switch (part) {
            case "confidentiality" -> system.confidentiality(null);
            case "integrity" -> system.integrity(null);
            case "availability" -> system.availability(null);
            case "handlingRestrictions" -> system.handlingRestrictionsUnknown();
            case "myNumber" -> system.myNumber(null);
            default -> system.personalData(null);
        }

        assertThatResult(evaluateOn(system))
                .isUnknown().namesUnknownFact("classification." + part).usedFact("classification." + part, null)
                .doesNotHaveReason("ENT-03.classified");
    }

    @Test
    void unclassifiedInformationNamesEveryMissingPart() {
        assertThatResult(evaluateOn(aSystem()))
                .isUnknown()
                .namesUnknownFact("classification.confidentiality")
                .namesUnknownFact("classification.integrity")
                .namesUnknownFact("classification.availability")
                .namesUnknownFact("classification.handlingRestrictions")
                .namesUnknownFact("classification.myNumber")
                .namesUnknownFact("classification.personalData");
    }
}
