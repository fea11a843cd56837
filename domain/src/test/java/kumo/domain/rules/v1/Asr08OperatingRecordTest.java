package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.FindingAssert.assertThatFinding;
import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aCompletePlan;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.testdata.Services;

/**
 * ASR-08 (§4(2) 「十分な稼働実績を有し、…積極的かつ継続的な投資が行われ、サービス終了のリスクが低い」): kumo reads
 * 十分な稼働実績 as 12 months of general availability (catalogue parameter); not GA has no record; an
 * announced end of service is a high risk of ending.
 */
class Asr08OperatingRecordTest {

    private final Asr08OperatingRecord rule = new Asr08OperatingRecord();

    private static final LocalDate TWELVE_MONTHS_AGO = DATE.minusMonths(12);

    /** GA for years, investing, no end announced. */
    private static Services established() {
        return aService().generallyAvailable(true).generallyAvailableSince(LocalDate.of(2018, 4, 1))
                .continuedInvestment(true).endOfServiceAnnounced(false);
    }

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void establishedServiceWithContinuedInvestmentIsMet() {
        assertThatResult(evaluateOn(established()))
                .isMet().hasReason("ASR-08.enough", LocalDate.of(2018, 4, 1), 12)
                .usedFact("trackRecord.generallyAvailableSince", LocalDate.of(2018, 4, 1));
    }

    @Test
    void exactlyTwelveMonthsOfGeneralAvailabilityIsEnough() {
        assertThatResult(evaluateOn(established().generallyAvailableSince(TWELVE_MONTHS_AGO)))
                .isMet().hasReason("ASR-08.enough", TWELVE_MONTHS_AGO, 12);
    }

    @Test
    void oneDayShortOfTwelveMonthsIsNotEnough() {
        assertThatResult(evaluateOn(established().generallyAvailableSince(TWELVE_MONTHS_AGO.plusDays(1))))
                .isNotMet().hasReason("ASR-08.tooShort", TWELVE_MONTHS_AGO.plusDays(1), 12);
    }

    @Test
    void serviceNotGenerallyAvailableHasNoOperatingRecord() {
        assertThatResult(evaluateOn(established().generallyAvailable(false)))
                .isNotMet().hasReason("ASR-08.notGa").usedFact("service.generallyAvailable", false);
    }

    @Test
    void announcedEndOfServiceIsAHighRiskOfEnding() {
        assertThatResult(evaluateOn(established().endOfServiceAnnounced(true)))
                .isNotMet().hasReason("ASR-08.endAnnounced").usedFact("trackRecord.endOfServiceAnnounced", true);
    }

    @Test
    void noContinuedInvestmentIsNotMet() {
        assertThatResult(evaluateOn(established().continuedInvestment(false)))
                .isNotMet().hasReason("reason.fact.no", "@fact.trackRecord.continuedInvestment");
    }

    @Test
    void unknownGeneralAvailabilityDateIsUnknown() {
        assertThatResult(evaluateOn(established().generallyAvailableSince(null)))
                .isUnknown().namesUnknownFact("trackRecord.generallyAvailableSince");
    }

    @Test
    void unknownInvestmentIsUnknown() {
        assertThatResult(evaluateOn(established().continuedInvestment(null)))
                .isUnknown().namesUnknownFact("trackRecord.continuedInvestment");
    }

    @Test
    void unknownEndOfServiceIsUnknown() {
        assertThatResult(evaluateOn(established().endOfServiceAnnounced(null)))
                .isUnknown().namesUnknownFact("trackRecord.endOfServiceAnnounced");
    }

    @Test
    void tooShortARecordFailsEvenWhileOtherFactsAreUnknown() {
        assertThatResult(evaluateOn(aService().generallyAvailableSince(DATE.minusMonths(3))))
                .isNotMet().hasReason("ASR-08.tooShort");
    }

    @Test
    void theMinimumRecordComesFromTheCatalogueParameters() {
        RuleResult r = evaluate(rule, aSystem(), established().generallyAvailableSince(DATE.minusMonths(18)), aPlan(), DATE,
                new kumo.domain.catalogue.CatalogueParameters(null, true, 12, 24, 365));

        assertThatResult(r).isNotMet().hasReason("ASR-08.tooShort", DATE.minusMonths(18), 24);
    }

    @ParameterizedTest
    @EnumSource(value = ExemptionCase.class, names = {"LGWAN", "ISMAP"})
    void shortOperatingRecordIsExemptUnderTheSelectionCriteriaExemptions(ExemptionCase exemption) {
        Assessment a = exemption.assess(aCompleteC2System(), exemption.service().generallyAvailableSince(DATE.minusMonths(6)),
                aCompletePlan());

        assertThatFinding(a, "ASR-08").isExemptUnder(exemption.id).hasRuleStatus(Status.NOT_MET).hasReason("ASR-08.tooShort");
    }

    @Test
    void surveillanceVideoExemptionDoesNotLiftTheOperatingRecord() {
        Assessment a = ExemptionCase.VIDEO.assess(ExemptionCase.VIDEO.system(),
                ExemptionCase.VIDEO.service().generallyAvailableSince(DATE.minusMonths(6)), aCompletePlan());

        assertThatFinding(a, "ASR-08").hasStatus(Status.NOT_MET).isNotExempt();
    }
}
