package kumo.domain.rules.v1;

import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.plan.AuditReview;
import kumo.domain.plan.Outcome;
import kumo.domain.service.AuditReport;

/**
 * ASR-05: for each current audit report, the city reviewed whether important items were excluded and
 * whether exceptions (内部統制の不備) are reported, and recorded its judgment (§2オ 「確認する必要がある」).
 * The step is the review: an exception is not an automatic failure, and a report the city judges it
 * cannot rely on is simply not relied on by any other rule (it weighs in the overall judgment, ASR-10).
 */
final class Asr05AuditReportsReviewed implements Rule {

    @Override
    public String id() {
        return "ASR-05";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        // reports found out of scope (ASR-04) are not relied on, so they need no review
        List<AuditReport> audits = c.currentAuditReports() == null ? null
                : c.currentAuditReports().stream().filter(a -> !c.outOfScope(RuleContext.label(a))).toList();
        RuleResult.Builder r = RuleResult.builder().fact("evidence.currentAuditReports",
                audits == null ? null : audits.stream().map(RuleContext::label).toList());
        if (audits == null) {
            return r.unknown("ASR-05.reportsUnknown");
        }
        if (audits.isEmpty()) {
            return r.notApplicable("ASR-05.noReports");
        }
        boolean open = false;
        for (AuditReport a : audits) {
            String id = RuleContext.label(a);
            AuditReview review = c.auditReview(id);
            if (review == null) {
                open = true;
                r.reason("ASR-05.notReviewed", id);
            } else if (Boolean.TRUE.equals(a.exceptionsNoted()) && !review.exceptionsFound()) {
                open = true;
                r.reason("ASR-05.exceptionsOverlooked", id);
            } else if (review.acceptable() == Outcome.NO) {
                r.reason("ASR-05.notReliable", id, review.reviewedBy(), review.judgment());
            } else {
                r.reason("ASR-05.reviewed", id, review.reviewedBy(), review.reviewedOn());
            }
        }
        return open ? r.pending(null) : r.met(null);
    }
}
