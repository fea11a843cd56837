package kumo.application.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kumo.application.document.Documents;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/** What request format 2 adds, read end to end: from the JSON of an example to the result document. */
class RequestFormat2Test {

    private static final Documents DOCUMENTS = Documents.create();
    private static final AssessService SERVICE = new AssessService(CatalogueV1.catalogue(), DOCUMENTS);
    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

    private static String example(String name) throws IOException {
        return Files.readString(Project.examples().resolve(name), StandardCharsets.UTF_8);
    }

    private static AssessmentResultDocument assess(String json) {
        return SERVICE.assess(DOCUMENTS.readRequest(json), TODAY);
    }

    private static FindingEntry finding(AssessmentResultDocument r, String id) {
        return r.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void lawOnesReasonNamesTheKindOfDataAbroadAndItsCountryInBothLanguages() throws IOException {
        FindingEntry law01 = finding(assess(example("v2-not-eligible-account-data-abroad.json")), "LAW-01");

        assertThat(law01.status()).isEqualTo("NOT_MET");
        assertThat(law01.reasons()).anySatisfy(t -> {
            assertThat(t.en()).isEqualTo("Account and usage data: outside Japan in US");
            assertThat(t.ja()).isEqualTo("アカウント・利用データ：国外の所在国 US");
        });
        assertThat(law01.reasons()).noneMatch(t -> t.en().startsWith("Content") || t.en().startsWith("Backups"));
        assertThat(law01.facts()).extracting(f -> f.name() + "=" + f.value()).contains(
                "dataLocations.content=[JP]", "dataLocations.accountAndUsage=[JP, US]");
    }

    @Test
    void aVersion1ExampleNamesTheBackupCountryAbroad() throws IOException {
        FindingEntry law01 = finding(assess(example("not-eligible-data-abroad.json")), "LAW-01");

        assertThat(law01.reasons()).extracting(t -> t.en()).contains("Backups: outside Japan in SG");
    }

    @Test
    void aVersion1EvidenceNoteOnTheCountriesStillSupportsLawOnesFacts() {
        String json = """
                {"kumo": "assessment-request/1", "system": {}, "service": {"dataLocations": {"countries": ["JP"], "backupCountries": ["JP"]},
                 "evidence": [{"facts": ["dataLocations.countries"], "document": "契約書 第12条"}]}}""";
        FindingEntry law01 = finding(assess(json), "LAW-01");

        assertThat(law01.facts()).filteredOn(f -> f.name().equals("dataLocations.content"))
                .singleElement().satisfies(f -> assertThat(f.evidence()).startsWith("契約書 第12条"));
        assertThat(law01.facts()).filteredOn(f -> f.name().equals("dataLocations.backups"))
                .singleElement().satisfies(f -> assertThat(f.evidence()).isNull());
    }

    @Test
    void theEarlierAssessmentAndWhyItWasRedoneAreEchoed() throws IOException {
        AssessmentResultDocument r = assess(example("v2-conditional-interconnect-reassessment.json"));

        assertThat(r.follows()).isNotNull();
        assertThat(r.follows().assessmentId()).isEqualTo("3f2c9a4e-1b7d-4c55-9e0a-6d1f2b8c7a10");
        assertThat(r.follows().reason()).startsWith("通信経路をIP-VPNから");
        assertThat(DOCUMENTS.write(r)).contains("\"follows\": {");
        assertThat(assess(example("full-city-record.json")).follows()).isNull();
    }

    @Test
    void anInterconnectAwaitingConfirmationAsksToConfirmTheLineToIt() throws IOException {
        AssessmentResultDocument r = assess(example("v2-conditional-interconnect-reassessment.json"));

        assertThat(finding(r, "NET-02").status()).isEqualTo("PENDING");
        assertThat(r.nextActions()).filteredOn(a -> a.target().equals("NET-02")).singleElement()
                .satisfies(a -> assertThat(a.text().en()).startsWith("Confirm that the line from the city to the provider’s interconnect location"));
    }

    @Test
    void withAnInternetVpnInThePlanTheApprovalComesFirst() throws IOException {
        AssessmentResultDocument r = assess(example("conditional-internet-vpn-awaiting-approval.json"));

        assertThat(r.nextActions()).filteredOn(a -> a.target().equals("NET-02")).singleElement().satisfies(a -> {
            assertThat(a.text().en()).startsWith("Obtain approval that the plan’s internet VPN meets the city’s criteria");
            assertThat(a.text().ja()).startsWith("計画のインターネットVPNが市の基準を満たすことの承認を得て");
        });
    }

    @Test
    void aRefusedDeviationIsEchoedAsRefusedAndLiftsNothing() throws IOException {
        FindingEntry sec03 = finding(assess(example("v2-not-eligible-deviation-refused.json")), "SEC-03");

        assertThat(sec03.status()).isEqualTo("NOT_MET");
        assertThat(sec03.deviation()).isNotNull();
        assertThat(sec03.deviation().refusedBy()).isEqualTo("行財政局 情報政策課長（情報セキュリティ管理者）");
        assertThat(sec03.deviation().refusedOn()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(sec03.deviation().approvedBy()).isNull();
        assertThat(sec03.reasons()).anySatisfy(t -> assertThat(t.en()).startsWith("Not requiring this example item was refused by"));
    }

    @Test
    void anEntrustmentDecisionOnAnEarlierClassificationNamesWhatChanged() throws IOException {
        FindingEntry ent04 = finding(assess(example("v2-conditional-entrustment-on-earlier-classification.json")), "ENT-04");

        assertThat(ent04.status()).isEqualTo("PENDING");
        assertThat(ent04.reasons()).anySatisfy(t -> assertThat(t.en()).contains("(personalData: false → true)"));
    }

    @Test
    void anIsmapRegistrationIsTheServicesOwnInFormat1ButOfUnknownScopeInFormat2() throws IOException {
        String v1 = example("eligible-ismap-iaas.json");
        String v2 = v1.replace("\"assessment-request/1\"", "\"assessment-request/2\"")
                .replace("\"countries\"", "\"content\"").replace("\"backupCountries\"", "\"backups\"");

        assertThat(assess(v1).summary().appliedExemptions()).containsExactly("EXM-ISMAP");
        AssessmentResultDocument r2 = assess(v2);
        assertThat(r2.exemptions()).filteredOn(e -> e.id().equals("EXM-ISMAP")).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo("POSSIBLE"));
        assertThat(finding(r2, "ASR-01").status()).isIn("UNKNOWN", "MET");
    }

    @Test
    void aPlatformsRegistrationIsNamedAsSuchInTheExemption() throws IOException {
        AssessmentResultDocument r = assess(example("v2-not-eligible-saas-on-ismap-listed-platform.json"));

        assertThat(r.exemptions()).filteredOn(e -> e.id().equals("EXM-ISMAP")).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo("NOT_APPLICABLE");
            assertThat(e.reasons()).anySatisfy(t -> assertThat(t.en()).contains("C22-EX-0042").contains("Example Platform KK"));
        });
    }
}
