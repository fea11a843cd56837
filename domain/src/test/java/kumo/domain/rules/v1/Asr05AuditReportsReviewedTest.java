package kumo.domain.rules.v1;

import static kumo.domain.rules.v1.RuleResultAssert.assertThatResult;
import static kumo.domain.rules.v1.RuleTesting.DATE;
import static kumo.domain.rules.v1.RuleTesting.evaluate;
import static kumo.domain.testdata.Plans.aPlan;
import static kumo.domain.testdata.Services.aService;
import static kumo.domain.testdata.Services.soc2Type2;
import static kumo.domain.testdata.Systems.aSystem;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.AuditReview;
import kumo.domain.plan.Outcome;
import kumo.domain.service.AuditReport;
import kumo.domain.service.TrustPrinciple;
import kumo.domain.testdata.Plans;
import kumo.domain.testdata.Services;

/**
 * ASR-05 (§2オ 「重要な監査項目が除かれていないか、監査意見に除外事項（内部統制の不備）が含まれていないかなどを確認する必要がある」):
 * each current audit report was reviewed and the city's judgment recorded. The step is the review: an
 * exception is not an automatic failure, and a report judged not reliable is MET here but no longer
 * relied on by the other rules (ASR-01, ASR-04, ASR-06).
 */
class Asr05AuditReportsReviewedTest {

    private final Asr05AuditReportsReviewed rule = new Asr05AuditReportsReviewed();

    private static final String SOC = "SOC-1";

    private static Services soc2(boolean exceptionsNoted) {
        AuditReport r = soc2Type2(SOC, DATE.minusMonths(2), TrustPrinciple.SECURITY);
        return aService().noAuditReports().auditReport(new AuditReport(r.id(), r.type(), r.auditor(), r.principles(),
                r.periodFrom(), r.periodTo(), r.opinion(), exceptionsNoted, r.scope()));
    }

    private static AuditReview review(boolean excluded, boolean exceptions, String judgment, Outcome acceptable) {
        return new AuditReview(SOC, excluded, exceptions, judgment, acceptable, Plans.CHECKER, DATE.minusDays(10));
    }

    private RuleResult evaluateOn(Services service, Plans plan) {
        return evaluate(rule, aSystem(), service, plan);
    }

    @Test
    void reportReviewedAndReliableIsMet() {
        assertThatResult(evaluateOn(soc2(false), aPlan().auditReviewedAcceptable(SOC)))
                .isMet().hasReason("ASR-05.reviewed", SOC, Plans.CHECKER).usedFact("evidence.currentAuditReports", "[" + SOC + "]");
    }

    @Test
    void exceptionFoundAndJudgedAcceptableIsMet() {
        assertThatResult(evaluateOn(soc2(true), aPlan().auditReview(review(false, true, "補完統制で対応済み", Outcome.YES))))
                .isMet().hasReason("ASR-05.reviewed", SOC);
    }

    @Test
    void reportJudgedNotReliableIsAReviewTakenSoMet() {
        assertThatResult(evaluateOn(soc2(true), aPlan().auditReview(review(true, true, "重要項目が除外されている", Outcome.NO))))
                .isMet().hasReason("ASR-05.notReliable", SOC, Plans.CHECKER, "重要項目が除外されている")
                .doesNotHaveReason("ASR-05.reviewed");
    }

    @Test
    void reportJudgedNotReliableNoLongerSatisfiesTheCertificationCriterion() {
        Services service = soc2(true).notOnIsmapList().noCertifications();
        Asr01CloudSecurityCertification asr01 = new Asr01CloudSecurityCertification();

        assertThatResult(evaluate(asr01, aSystem(), service, aPlan()))
                .as("relied on before the review").isMet().hasReason("ASR-01.auditReport", "@auditReportType.SOC2_TYPE2");
        assertThatResult(evaluate(asr01, aSystem(), service,
                aPlan().auditReview(review(true, true, "重要項目が除外されている", Outcome.NO))))
                .isNotMet().hasReason("ASR-01.none").usedFact("evidence.currentAuditReports", "[]");
    }

    @Test
    void reportNotYetReviewedIsPending() {
        assertThatResult(evaluateOn(soc2(false), aPlan())).isPending().hasReason("ASR-05.notReviewed", SOC);
    }

    @Test
    void exceptionsReportedButOverlookedInTheReviewArePending() {
        assertThatResult(evaluateOn(soc2(true), aPlan().auditReviewedAcceptable(SOC)))
                .isPending().hasReason("ASR-05.exceptionsOverlooked", SOC);
    }

    @Test
    void exceptionsFoundWithoutAJudgmentAreNotAReview() {
        assertThatResult(evaluateOn(soc2(true), aPlan().auditReview(review(false, true, null, Outcome.YES))))
                .isPending().hasReason("ASR-05.notReviewed", SOC);
    }

    @Test
    void reviewDatedAfterAssessmentIsPending() {
        assertThatResult(evaluateOn(soc2(false), aPlan().auditReview(new AuditReview(SOC, false, false, null, Outcome.YES,
                Plans.CHECKER, DATE.plusDays(1)))))
                .isPending().hasReason("ASR-05.notReviewed", SOC);
    }

    @Test
    void staleReportIsNotReliedOnAndNeedsNoReview() {
        Services service = aService().noAuditReports().auditReport(soc2Type2(SOC, DATE.minusMonths(13), TrustPrinciple.SECURITY));

        assertThatResult(evaluateOn(service, aPlan())).isNotApplicable().hasReason("ASR-05.noReports")
                .usedFact("evidence.currentAuditReports", "[]");
    }

    @Test
    void noAuditReportsIsNotApplicable() {
        assertThatResult(evaluateOn(aService().noAuditReports(), aPlan())).isNotApplicable().hasReason("ASR-05.noReports");
    }

    @Test
    void unknownAuditReportsAreUnknown() {
        assertThatResult(evaluateOn(aService(), aPlan()))
                .isUnknown().hasReason("ASR-05.reportsUnknown").usedFact("evidence.currentAuditReports", null);
    }
}
