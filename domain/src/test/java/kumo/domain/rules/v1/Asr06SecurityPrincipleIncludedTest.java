package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Services.report;
import static kumo.domain.testdata.Services.soc2Type2;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.AuditReview;
import kumo.domain.plan.Outcome;
import kumo.domain.service.AuditReport;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.TrustPrinciple;
import kumo.domain.testdata.Dates;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/**
 * ASR-06 (§2オ 「当該監査で選択した原則に「セキュリティ」が含まれていることを保証報告書により確かめる必要がある」):
 * a SOC 2 / SOC 3 / JICPA IT7 report relied on includes the Security principle. Reports found out of
 * scope (ASR-04) or judged unreliable (ASR-05) are not relied on.
 */
class Asr06SecurityPrincipleIncludedTest {

    private final Asr06SecurityPrincipleIncluded rule = new Asr06SecurityPrincipleIncluded();

    private RuleResult evaluateOn(Services service) {
        return evaluateOn(service, aPlan());
    }

    private RuleResult evaluateOn(Services service, Plans plan) {
        return evaluate(rule, aSystem(), service, plan);
    }

    private static Services reports(AuditReport... reports) {
        Services s = aService().noAuditReports();
        for (AuditReport r : reports) {
            s.auditReport(r);
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(value = AuditReportType.class, names = {"SOC2_TYPE1", "SOC2_TYPE2", "SOC3", "JICPA_IT7"})
    void trustServicesReportWithSecurityIsMet(AuditReportType type) {
        assertThatResult(evaluateOn(reports(report("R-1", type, DATE.minusMonths(1), TrustPrinciple.SECURITY))))
                .isMet().hasReason("ASR-06.security", "R-1").usedFact("auditReport.principles");
    }

    @Test
    void soc2WithoutSecurityPrincipleFailsAsr06() {
        assertThatResult(evaluateOn(reports(soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.AVAILABILITY,
                TrustPrinciple.CONFIDENTIALITY))))
                .isNotMet().hasReason("ASR-06.noSecurity", "R-1");
    }

    @Test
    void jicpaIt7WithoutSecurityFails() {
        assertThatResult(evaluateOn(reports(report("J-1", AuditReportType.JICPA_IT7, DATE.minusMonths(1),
                TrustPrinciple.PRIVACY))))
                .isNotMet().hasReason("ASR-06.noSecurity", "J-1");
    }

    @Test
    void aReportWithoutSecurityBesideOneWithItIsNotCountedButDoesNotFail() {
        assertThatResult(evaluateOn(reports(soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.SECURITY),
                report("R-2", AuditReportType.SOC3, DATE.minusMonths(1), TrustPrinciple.AVAILABILITY))))
                .isMet().hasReason("ASR-06.security", "R-1").hasReason("ASR-06.noSecurity", "R-2");
    }

    @Test
    void aReportWithoutSecurityIsNotReliedOnBesideAValidCloudCertification() {
        Services service = reports(report("R-2", AuditReportType.SOC3, DATE.minusMonths(1), TrustPrinciple.AVAILABILITY))
                .noCertifications().certification(Services.certificate("C-17",
                        kumo.domain.service.CertificationType.ISO_27017, DATE.plusYears(1)));
        assertThatResult(evaluateOn(service)).isNotApplicable().hasReason("ASR-06.notReliedOn")
                .hasReason("ASR-06.noSecurity", "R-2");
    }

    @Test
    void aReportWithoutSecurityReliedOnAloneFailsEvenWithIso27001() {
        Services service = reports(report("R-2", AuditReportType.SOC2_TYPE2, DATE.minusMonths(1), TrustPrinciple.AVAILABILITY))
                .noCertifications().certification(Services.certificate("C-01",
                        kumo.domain.service.CertificationType.ISO_27001, DATE.plusYears(1)));
        assertThatResult(evaluateOn(service)).isNotMet().hasReason("ASR-06.noSecurity", "R-2");
    }

    @Test
    void aReportFoundNotToCoverTheServiceIsNotReliedOn() {
        assertThatResult(evaluateOn(reports(soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.AVAILABILITY)),
                aPlan().scopeNotCovered("R-1")))
                .isNotApplicable().hasReason("ASR-06.noTrustReport").doesNotHaveReason("ASR-06.noSecurity");
    }

    @Test
    void aReportJudgedUnreliableIsNotReliedOn() {
        assertThatResult(evaluateOn(reports(soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.AVAILABILITY)),
                aPlan().auditReview(new AuditReview("R-1", true, false, "重要項目が除外されている", Outcome.NO,
                        Plans.CHECKER, Dates.DECIDED_ON))))
                .isNotApplicable().hasReason("ASR-06.noTrustReport").doesNotHaveReason("ASR-06.noSecurity");
    }

    @Test
    void aReportWithSecurityFoundOutOfScopeNoLongerCarriesOneWithout() {
        assertThatResult(evaluateOn(reports(soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.SECURITY),
                report("R-2", AuditReportType.SOC3, DATE.minusMonths(1), TrustPrinciple.AVAILABILITY)),
                aPlan().scopeNotCovered("R-1")))
                .isNotMet().hasReason("ASR-06.noSecurity", "R-2").doesNotHaveReason("ASR-06.security");
    }

    @Test
    void unknownPrinciplesAreUnknown() {
        AuditReport r = soc2Type2("R-1", DATE.minusMonths(1), TrustPrinciple.SECURITY);
        AuditReport unknown = new AuditReport(r.id(), r.type(), r.auditor(), null, r.periodFrom(), r.periodTo(), r.opinion(),
                r.exceptionsNoted(), r.scope());

        // a report is relied on, so ASR-06 applies: what is open is the report's principles, not a question
        assertThatResult(evaluateOn(reports(unknown))).isUnknown().hasReason("ASR-06.principlesUnknown", "R-1")
                .usedFact("auditReport.principles", "R-1: ?").asksNothing();
    }

    @Test
    void soc1IsNotATrustServicesReport() {
        assertThatResult(evaluateOn(reports(report("S1", AuditReportType.SOC1, DATE.minusMonths(1)))))
                .isNotApplicable().hasReason("ASR-06.noTrustReport");
    }

    @Test
    void staleSoc2WithoutSecurityIsNotReliedOn() {
        assertThatResult(evaluateOn(reports(soc2Type2("R-1", DATE.minusMonths(13), TrustPrinciple.AVAILABILITY))))
                .isNotApplicable().hasReason("ASR-06.noTrustReport");
    }

    @Test
    void noReportsIsNotApplicable() {
        assertThatResult(evaluateOn(aService().noAuditReports())).isNotApplicable().hasReason("ASR-06.noTrustReport");
    }

    @Test
    void unknownReportsAreUnknown() {
        assertThatResult(evaluateOn(aService()))
                .isUnknown().hasReason("ASR-06.reportsUnknown").usedFact("evidence.currentAuditReports", null)
                .asks("ASR-06.question");
    }
}
