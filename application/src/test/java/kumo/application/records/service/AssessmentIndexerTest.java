package kumo.application.records.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.Fixtures;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.CatalogueParameters;
import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.service.AuditReport;

class AssessmentIndexerTest {

    private final AssessmentIndexer indexer = new AssessmentIndexer(CatalogueV1.catalogue());

    private static AssessmentRequestDocument request(String service, String plan) {
        return Fixtures.request("{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": " + service
                + (plan == null ? "" : ", \"plan\": " + plan) + "}");
    }

    @Test
    void everyDatedPieceOfEvidenceGetsItsLastUsableDay() {
        AssessmentIndex index = indexer.index(request("""
                {"ismapRegistrations": [{"list": "ISMAP", "registrationNumber": "C0000123", "validUntil": "2027-03-31"},
                                        {"list": "ISMAP_LIU", "validUntil": "2027-01-31"}],
                 "certifications": [{"id": "CLD-1", "type": "ISO_27017", "validUntil": "2026-09-30"},
                                    {"type": "ISO_27001", "validUntil": "2027-09-30"}],
                 "auditReports": [{"id": "SOC2-2025", "type": "SOC2_TYPE2", "periodFrom": "2025-01-01", "periodTo": "2025-09-30"}]}
                """, """
                {"riskDecisions": [{"riskId": "R10", "treatment": "ACCEPT", "decidedBy": "CISO", "decidedOn": "2026-10-01",
                                    "expiresOn": "2027-06-30"},
                                   {"riskId": "R02", "treatment": "MITIGATE", "expiresOn": "2027-06-30"}]}
                """));
        assertThat(index.evidence()).containsExactly(
                new AssessmentIndex.EvidenceExpiry("ISMAP_REGISTRATION", "C0000123", LocalDate.of(2027, 3, 31)),
                new AssessmentIndex.EvidenceExpiry("ISMAP_REGISTRATION", "(ISMAP_LIU)", LocalDate.of(2027, 1, 31)),
                new AssessmentIndex.EvidenceExpiry("CERTIFICATION", "CLD-1", LocalDate.of(2026, 9, 30)),
                new AssessmentIndex.EvidenceExpiry("CERTIFICATION", "(ISO_27001)", LocalDate.of(2027, 9, 30)),
                new AssessmentIndex.EvidenceExpiry("AUDIT_REPORT", "SOC2-2025", LocalDate.of(2026, 9, 30)),
                new AssessmentIndex.EvidenceExpiry("RISK_ACCEPTANCE", "R10", LocalDate.of(2027, 6, 30)));
    }

    @Test
    void aServiceProfilesOwnEvidenceIsTheServicePartOfTheIndex() {
        AssessmentRequestDocument request = request("""
                {"ismapRegistrations": [{"list": "ISMAP", "registrationNumber": "C0000123", "validUntil": "2027-03-31"},
                                        {"list": "ISMAP", "registrationNumber": "C9"}],
                 "certifications": [{"id": "CLD-1", "type": "ISO_27017", "validUntil": "2026-09-30"}],
                 "auditReports": [{"id": "SOC2-2025", "type": "SOC2_TYPE2", "periodFrom": "2025-01-01", "periodTo": "2025-09-30"}]}
                """, """
                {"riskDecisions": [{"riskId": "R10", "treatment": "ACCEPT", "expiresOn": "2027-06-30"}]}
                """);

        assertThat(indexer.evidenceOf(request.service())).as("no risk acceptance: that is the city's, not the service's")
                .containsExactly(
                        new AssessmentIndex.EvidenceExpiry("ISMAP_REGISTRATION", "C0000123", LocalDate.of(2027, 3, 31)),
                        new AssessmentIndex.EvidenceExpiry("CERTIFICATION", "CLD-1", LocalDate.of(2026, 9, 30)),
                        new AssessmentIndex.EvidenceExpiry("AUDIT_REPORT", "SOC2-2025", LocalDate.of(2026, 9, 30)))
                .isEqualTo(indexer.index(request).evidence().subList(0, 3));
    }

    @Test
    void evidenceWithoutADateIsLeftOutNotTreatedAsExpired() {
        AssessmentIndex index = indexer.index(request("""
                {"ismapRegistrations": [{"list": "ISMAP", "registrationNumber": "C1"}],
                 "certifications": [{"id": "CLD-1", "type": "ISO_27017", "validFrom": "2024-01-01"}],
                 "auditReports": [{"id": "SOC2", "type": "SOC2_TYPE2", "periodFrom": "2025-01-01"}]}
                """, """
                {"riskDecisions": [{"riskId": "R10", "treatment": "ACCEPT", "decidedOn": "2026-10-01"}]}
                """));
        assertThat(index.evidence()).isEmpty();
        assertThat(index.riskDecisions()).containsExactly(
                new AssessmentIndex.RiskDecisionRow("R10", "ACCEPT", null, LocalDate.of(2026, 10, 1), null));
    }

    @Test
    void theAuditCurrencyIsTheCatalogueParameterNotAFixedYear() {
        Catalogue v1 = CatalogueV1.catalogue();
        CatalogueParameters p = v1.parameters();
        Catalogue sixMonths = v1.withParameters(new CatalogueParameters(p.ismapRouteFrom(), p.cioConsultationRequired(),
                6, p.minimumOperatingMonths(), p.logRetentionDays()));
        AssessmentRequestDocument request = request("""
                {"auditReports": [{"id": "SOC2", "type": "SOC2_TYPE2", "periodTo": "2025-09-30"}]}""", null);
        assertThat(new AssessmentIndexer(sixMonths).index(request).evidence())
                .as("31 March minus 6 months is 30 September: still current").extracting(AssessmentIndex.EvidenceExpiry::expiresOn)
                .containsExactly(LocalDate.of(2026, 3, 31));
        assertThat(indexer.index(request).evidence())
                .extracting(AssessmentIndex.EvidenceExpiry::expiresOn).containsExactly(LocalDate.of(2026, 9, 30));
    }

    @Test
    void theLastCurrentDayOfAnAuditReportIsTheDomainsOwnAtMonthEnds() {
        for (String periodTo : new String[] {"2025-02-28", "2023-02-28", "2024-02-29", "2025-01-31", "2025-08-31", "2025-06-15"}) {
            for (int months : new int[] {0, 1, 6, 12}) {
                AuditReport report = new AuditReport("r", null, null, null, null, LocalDate.parse(periodTo), null, null, null);
                LocalDate last = new AssessmentIndexer(months).lastCurrentDay(report);
                assertThat(report.currentOn(last, months)).as(periodTo + " +" + months).isTrue();
                assertThat(report.currentOn(last.plusDays(1), months)).as(periodTo + " +" + months).isFalse();
            }
        }
        AuditReport leap = new AuditReport("r", null, null, null, null, LocalDate.of(2023, 2, 28), null, null, null);
        assertThat(new AssessmentIndexer(12).lastCurrentDay(leap)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void riskDecisionsAndConsultationsComeFromThePlanInItsOrder() {
        AssessmentIndex index = indexer.index(request("{}", """
                {"riskDecisions": [{"riskId": "R05", "treatment": "TRANSFER", "decidedBy": "課長", "decidedOn": "2026-10-02"},
                                   {"riskId": "R06"}],
                 "consultations": [{"stage": "PLANNING", "heldOn": "2026-06-01", "view": "CONDITIONS", "recordedBy": "情報管理者"},
                                   {"stage": "BUDGET"}]}
                """));
        assertThat(index.riskDecisions()).as("R06 has no treatment yet: no decision")
                .containsExactly(new AssessmentIndex.RiskDecisionRow("R05", "TRANSFER", "課長", LocalDate.of(2026, 10, 2), null));
        assertThat(index.consultations()).containsExactly(
                new AssessmentIndex.ConsultationRow("PLANNING", LocalDate.of(2026, 6, 1), "CONDITIONS", "情報管理者"),
                new AssessmentIndex.ConsultationRow("BUDGET", null, null, null));
    }

    @Test
    void aRequestWithoutPlanOrEvidenceHasAnEmptyIndex() {
        AssessmentIndex index = indexer.index(request("{}", null));
        assertThat(index.riskDecisions()).isEmpty();
        assertThat(index.consultations()).isEmpty();
        assertThat(index.evidence()).isEmpty();
    }

    @Test
    void theFullCityRecordExampleIsIndexed() {
        AssessmentIndex index = indexer.index(Fixtures.request(Fixtures.example("full-city-record.json")));
        assertThat(index.riskDecisions()).isNotEmpty().allSatisfy(r -> assertThat(r.riskId()).matches("R\\d\\d"));
        assertThat(index.consultations()).extracting(AssessmentIndex.ConsultationRow::stage).contains("PLANNING", "BUDGET");
        assertThat(index.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.expiresOn()).isNotNull());
    }
}
