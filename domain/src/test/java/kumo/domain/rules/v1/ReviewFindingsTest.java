package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Services.report;
import static kumo.domain.testdata.Services.soc2Type2;
import static kumo.domain.testdata.Systems.aCompleteC2System;
import static kumo.domain.testdata.Systems.aSystem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Assessor;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.catalogue.FactUsed;
import kumo.domain.catalogue.Message;
import kumo.domain.service.AuditReport;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.EvidenceNote;
import kumo.domain.service.TrustPrinciple;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/** Cases a code review found untested: mixed ASR-06 evidence, out-of-scope reports and registrations, evidence notes. */
class ReviewFindingsTest {

    @Test
    void asr06IsUnknownWhenOneReportLacksSecurityAndAnotherHasUnknownPrinciples() {
        AuditReport unknownPrinciples = new AuditReport("R-2", AuditReportType.SOC3, "Auditor", null,
                DATE.minusMonths(12), DATE.minusMonths(1), null, null, null);
        Services service = aService().noAuditReports()
                .auditReport(soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.AVAILABILITY))
                .auditReport(unknownPrinciples);

        assertThatResult(evaluate(new Asr06SecurityPrincipleIncluded(), aSystem(), service, aPlan()))
                .isUnknown().hasReason("ASR-06.noSecurity", "R-1").hasReason("ASR-06.principlesUnknown", "R-2");
    }

    @Test
    void asr06NamesAReportWithoutAnIdByItsTypeInBrackets() {
        AuditReport noId = report(null, AuditReportType.SOC2_TYPE2, DATE.minusMonths(1), TrustPrinciple.SECURITY);

        assertThatResult(evaluate(new Asr06SecurityPrincipleIncluded(), aSystem(), aService().noAuditReports().auditReport(noId), aPlan()))
                .isMet().hasReason("ASR-06.security", "(SOC2_TYPE2)");
    }

    @Test
    void aReportFoundOutOfScopeNeedsNoAuditReview() {
        Services service = aService().noAuditReports().auditReport(soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.SECURITY));

        assertThatResult(evaluate(new Asr05AuditReportsReviewed(), aSystem(), service, aPlan()))
                .isPending().hasReason("ASR-05.notReviewed", "R-1");
        assertThatResult(evaluate(new Asr05AuditReportsReviewed(), aSystem(), service, aPlan().scopeNotCovered("R-1")))
                .isNotApplicable().hasReason("ASR-05.noReports");
    }

    @Test
    void anIsmapRegistrationFoundOutOfScopeDoesNotExemptAndSaysWhy() {
        Services service = Services.aFullyCapableService();
        Plans plan = Plans.aCompletePlan().scopeNotCovered(Services.ISMAP_NUMBER);

        Assessment a = new Assessor(CatalogueV1.catalogue()).assess(aCompleteC2System().build(), service.build(), plan.build(), DATE);

        assertThat(a.exemption("EXM-ISMAP").state()).isEqualTo(ExemptionState.NOT_APPLICABLE);
        assertThat(a.exemption("EXM-ISMAP").reasons()).extracting(Message::key).contains("EXM-ISMAP.outOfScope");
    }

    @Test
    void aServiceFactCarriesTheEvidenceNoteThatSupportsIt() {
        CloudServiceProfile base = Services.aFullyCapableService().build();
        EvidenceNote note = new EvidenceNote(List.of("dataLocations", "security.encryptionAtRest"),
                "サービス仕様書 第4版", DATE.minusMonths(2), "情報政策課");
        CloudServiceProfile service = new CloudServiceProfile(base.name(), base.provider(), base.deployment(),
                base.serviceModel(), base.generallyAvailable(), base.foreignProvider(), base.ismapRegistrations(),
                base.certifications(), base.auditReports(), base.dataLocations(), base.performancePlacesDisclosed(),
                base.governingLawJapan(), base.jurisdictionJapan(), base.dataOwnershipWithCity(), base.continuity(),
                base.security(), base.trackRecord(), base.support(), base.billing(), base.mobileAccess(),
                base.restrictedRuntime(), base.capabilities(), List.of(note));

        Assessment a = new Assessor(CatalogueV1.catalogue()).assess(aCompleteC2System().build(), service,
                Plans.aCompletePlan().build(), DATE);

        Map<String, String> law01 = evidenceByFact(a.finding("LAW-01").facts());
        assertThat(law01.get("dataLocations.content")).startsWith("サービス仕様書 第4版 (").contains("情報政策課");
        assertThat(evidenceByFact(a.finding("SEC-07").facts()).get("security.encryptionAtRest")).startsWith("サービス仕様書 第4版");
        assertThat(evidenceByFact(a.finding("SEC-07").facts()).get("security.encryptionInTransit")).isNull();
        assertThat(evidenceByFact(a.finding("ENT-03").facts())).allSatisfy((fact, evidence) -> assertThat(evidence).isNull());
    }

    private static Map<String, String> evidenceByFact(List<FactUsed> facts) {
        Map<String, String> map = new java.util.HashMap<>();
        facts.forEach(f -> map.put(f.name(), f.evidence()));
        return map;
    }
}
