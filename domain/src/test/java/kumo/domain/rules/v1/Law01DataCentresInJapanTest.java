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

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.rules.v1.RuleTesting.ExemptionCase;
import kumo.domain.service.DataLocations;
import kumo.domain.testdata.Services;

/** LAW-01 (§4(2) 国内データセンター; §2イ 実施場所 incl. backups; 別紙): every place the city's data can be is in Japan. */
class Law01DataCentresInJapanTest {

    private final Law01DataCentresInJapan rule = new Law01DataCentresInJapan();

    private RuleResult evaluateOn(Services service) {
        return evaluate(rule, aSystem(), service, aPlan());
    }

    @Test
    void dataAndBackupsInJapanIsMet() {
        assertThatResult(evaluateOn(aService().dataInJapan()))
                .isMet().hasReason("LAW-01.allInJapan")
                .usedFact("dataLocations.content", "[JP]").usedFact("dataLocations.accountAndUsage", "[JP]")
                .usedFact("dataLocations.backups", "[JP]").usedFact("dataLocations.logs", "[JP]");
    }

    @Test
    void backupsAbroadFailEvenWhenPrimaryIsInJapan() {
        assertThatResult(evaluateOn(aService().dataIn("JP").backupsIn("JP", "SG")))
                .isNotMet().hasReason("LAW-01.abroad").hasReason("LAW-01.abroadKind", "@dataKind.BACKUPS", "SG")
                .usedFact("dataLocations.backups", "[JP, SG]").doesNotHaveReason("LAW-01.abroadKind", "@dataKind.CONTENT", "SG");
    }

    @Test
    void primaryDataAbroadIsNotMet() {
        assertThatResult(evaluateOn(aService().dataIn("JP", "US").backupsIn("JP")))
                .isNotMet().hasReason("LAW-01.abroad").usedFact("dataLocations.content", "[JP, US]")
                .hasReason("LAW-01.abroadKind", "@dataKind.CONTENT", "US");
    }

    @Test
    void dataAbroadFailsEvenWhileBackupLocationsAreUnknown() {
        assertThatResult(evaluateOn(aService().dataIn("IE")))
                .isNotMet().hasReason("LAW-01.abroad").hasReason("LAW-01.abroadKind", "@dataKind.CONTENT", "IE")
                .usedFact("dataLocations.backups", null).namesUnknownFact("dataLocations.backups");
    }

    @Test
    void unknownBackupLocationsAreUnknownEvenWhenPrimaryIsInJapan() {
        assertThatResult(evaluateOn(aService().dataIn("JP")))
                .isUnknown().namesUnknownFact("dataLocations.backups")
                .doesNotHaveReason("LAW-01.allInJapan");
    }

    @Test
    void unknownDataCentresAreUnknown() {
        assertThatResult(evaluateOn(aService().backupsIn("JP")))
                .isUnknown().namesUnknownFact("dataLocations.content").usedFact("dataLocations.content", null)
                .namesUnknownFact("dataLocations.accountAndUsage").namesUnknownFact("dataLocations.logs");
    }

    @Test
    void anEmptyListOfDataCentresNamesNoPlaceAndIsUnknown() {
        assertThatResult(evaluateOn(aService().dataIn().backupsIn("JP")))
                .isUnknown().namesUnknownFact("dataLocations.content");
    }

    @Test
    void nothingKnownNamesBothLocations() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().namesUnknownFact("dataLocations.content").namesUnknownFact("dataLocations.accountAndUsage")
                .namesUnknownFact("dataLocations.backups").namesUnknownFact("dataLocations.logs");
    }

    // ---- request format 2: by kind of data

    private static DataLocations byKind(List<String> content, List<String> accounts, List<String> backups, List<String> logs) {
        return new DataLocations(content, accounts, backups, logs);
    }

    @Test
    void contentInJapanButAccountDataAbroadIsNotMetAndNamesTheKindAndCountry() {
        RuleResult r = evaluateOn(aService().dataLocations(byKind(List.of("JP"), List.of("US", "IE"), List.of("JP"), List.of("JP"))));

        assertThatResult(r).isNotMet().hasReason("LAW-01.abroad")
                .hasReason("LAW-01.abroadKind", "@dataKind.ACCOUNT_AND_USAGE", "US, IE")
                .usedFact("dataLocations.accountAndUsage", "[US, IE]").usedFact("dataLocations.content", "[JP]");
        assertThat(r.reasons()).filteredOn(m -> m.key().equals("LAW-01.abroadKind")).hasSize(1);
    }

    @Test
    void logsAbroadAreNotMet() {
        assertThatResult(evaluateOn(aService().dataLocations(byKind(List.of("JP"), List.of("JP"), List.of("JP"), List.of("SG")))))
                .isNotMet().hasReason("LAW-01.abroadKind", "@dataKind.LOGS", "SG");
    }

    @Test
    void everyKindAbroadIsNamedWithItsOwnCountries() {
        assertThatResult(evaluateOn(aService().dataLocations(byKind(List.of("US"), List.of("IE"), List.of("SG"), List.of("DE")))))
                .isNotMet().hasReason("LAW-01.abroadKind", "@dataKind.CONTENT", "US")
                .hasReason("LAW-01.abroadKind", "@dataKind.ACCOUNT_AND_USAGE", "IE")
                .hasReason("LAW-01.abroadKind", "@dataKind.BACKUPS", "SG")
                .hasReason("LAW-01.abroadKind", "@dataKind.LOGS", "DE");
    }

    @Test
    void aPlaceAbroadIsNotMetAndTheUnknownKindsAreStillNamed() {
        assertThatResult(evaluateOn(aService().dataLocations(byKind(List.of("JP"), null, List.of("US"), null))))
                .isNotMet().hasReason("LAW-01.abroadKind", "@dataKind.BACKUPS", "US")
                .namesUnknownFact("dataLocations.accountAndUsage").namesUnknownFact("dataLocations.logs")
                .doesNotHaveReason("reason.fact.unknown", "@fact.dataLocations.content");
    }

    @Test
    void unknownLogLocationsAloneAreUnknown() {
        assertThatResult(evaluateOn(aService().dataLocations(byKind(List.of("JP"), List.of("JP"), List.of("JP"), null))))
                .isUnknown().namesUnknownFact("dataLocations.logs")
                .doesNotHaveReason("reason.fact.unknown", "@fact.dataLocations.backups");
    }

    @Test
    void aServiceThatKeepsNoBackupsOrLogsIsJudgedOnWhatItKeeps() {
        assertThatResult(evaluateOn(aService().dataLocations(byKind(List.of("JP"), List.of("JP"), List.of(), List.of()))))
                .isMet().hasReason("LAW-01.allInJapan");
    }

    @Test
    void anEmptyContentListNamesNoPlaceAndIsUnknownInFormat2Too() {
        assertThatResult(evaluateOn(aService().dataLocations(byKind(List.of(), List.of("JP"), List.of("JP"), List.of("JP")))))
                .isUnknown().namesUnknownFact("dataLocations.content");
    }

    @Test
    void theFormat1ListsMapOntoTheKindsAndBack() {
        DataLocations v1 = new DataLocations(List.of("JP", "US"), List.of("SG"));

        assertThat(v1.content()).containsExactly("JP", "US");
        assertThat(v1.accountAndUsage()).containsExactly("JP", "US");
        assertThat(v1.logs()).containsExactly("JP", "US");
        assertThat(v1.backups()).containsExactly("SG");
        assertThat(v1.countries()).containsExactly("JP", "US");
        assertThat(v1.backupCountries()).containsExactly("SG");
        assertThat(new DataLocations(null, List.of("JP")).countries()).isNull();
        assertThat(byKind(List.of("JP"), List.of("US"), List.of("JP"), List.of("JP", "US")).countries()).containsExactly("JP", "US");
    }

    @Test
    void countryCodesAreReadCaseInsensitively() {
        assertThatResult(evaluateOn(aService().dataIn("jp").backupsIn("Jp"))).isMet().hasReason("LAW-01.allInJapan");
    }

    @Test
    void dataAbroadIsExemptOnLgwanAsp() {
        Assessment a = ExemptionCase.LGWAN.assess(aCompleteC2System(),
                ExemptionCase.LGWAN.service().dataIn("US").backupsIn("US"), aCompletePlan());

        assertThatFinding(a, "LAW-01").isExemptUnder("EXM-LGWAN").hasRuleStatus(Status.NOT_MET).hasReason("LAW-01.abroad");
    }

    @Test
    void dataAbroadIsExemptOnIsmapListedService() {
        Assessment a = ExemptionCase.ISMAP.assess(aCompleteC2System(),
                ExemptionCase.ISMAP.service().backupsIn("JP", "KR"), aCompletePlan());

        assertThatFinding(a, "LAW-01").isExemptUnder("EXM-ISMAP").hasRuleStatus(Status.NOT_MET);
    }

    @Test
    void ismapListingDoesNotExemptBeforeTheRouteIsInForce() {
        LocalDate dayBefore = LocalDate.of(2021, 3, 11);
        Assessment a = assess(aCompleteC2System(),
                aFullyCapableService().ismapUnknown().onIsmapList(LocalDate.of(2021, 3, 1), LocalDate.of(2023, 3, 1))
                        .backupsIn("US"),
                aCompletePlan(), dayBefore);

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThatFinding(a, "LAW-01").hasStatus(Status.NOT_MET).isNotExempt().hasReason("LAW-01.abroad");
    }

    @Test
    void ismapListingExemptsFromTheDayTheRouteIsInForce() {
        Assessment a = assess(aCompleteC2System(),
                aFullyCapableService().ismapUnknown().onIsmapList(LocalDate.of(2021, 3, 1), LocalDate.of(2023, 3, 1))
                        .backupsIn("US"),
                aCompletePlan(), LocalDate.of(2021, 3, 12));

        assertThatFinding(a, "LAW-01").isExemptUnder("EXM-ISMAP").hasRuleStatus(Status.NOT_MET);
    }

    @Test
    void ismapLiuListingDoesNotExempt() {
        Assessment a = assess(aCompleteC2System(),
                aFullyCapableService().notOnIsmapList().onIsmapLiuList(Services.EVIDENCE_VALID_UNTIL).backupsIn("US"),
                aCompletePlan());

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThatFinding(a, "LAW-01").hasStatus(Status.NOT_MET).isNotExempt();
    }

    @Test
    void possibleExemptionWithUnknownConditionsDoesNotExempt() {
        Assessment a = assess(aCompleteC2System(), aFullyCapableService().deployment(null).ismapUnknown().backupsIn("US"),
                aCompletePlan());

        assertThat(a.exemption("EXM-LGWAN").state()).isEqualTo(ExemptionState.POSSIBLE);
        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.POSSIBLE);
        assertThatFinding(a, "LAW-01").hasStatus(Status.NOT_MET).isNotExempt().hasReason("LAW-01.abroad");
    }
}
