package kumo.domain.rules.v1;

import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.AuditReport;
import kumo.domain.service.Certification;

/**
 * ASR-06: a SOC 2 / SOC 3 / JICPA IT7 report relied on includes the Security principle (§2オ: only some
 * of the five principles may be chosen, so the report must show 「セキュリティ」 is among them).
 *
 * <p>kumo's reading of "relied on": a current Trust Services report is relied on as security assurance
 * unless other cloud security evidence (a valid ISMAP registration or cloud certification, or another
 * report that includes Security) carries that role. A report without Security beside such evidence is
 * simply not counted (as ASR-01 does not count it); relied on alone, it fails. Reports found out of scope
 * (ASR-04) or judged unreliable (ASR-05) are not relied on.
 */
final class Asr06SecurityPrincipleIncluded implements Rule {

    @Override
    public String id() {
        return "ASR-06";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        List<AuditReport> audits = c.reliedOnAuditReports();
        RuleResult.Builder r = RuleResult.builder();
        if (audits == null) {
            r.fact("evidence.currentAuditReports", null);
            // whether such a report is relied on decides whether ASR-06 applies: ask that before the report's principles
            return r.ask("ASR-06.question").unknown("ASR-06.reportsUnknown");
        }
        List<AuditReport> trust = audits.stream().filter(a -> a.type().trustServicesReport()).toList();
        if (trust.isEmpty()) {
            return r.notApplicable("ASR-06.noTrustReport");
        }
        boolean withSecurity = false;
        boolean unknown = false;
        boolean missing = false;
        for (AuditReport a : trust) {
            String id = RuleContext.label(a);
            r.fact("auditReport.principles", id + ": " + (a.principles() == null ? "?" : a.principles()));
            if (a.includesSecurity() == null) {
                unknown = true;
                r.reason("ASR-06.principlesUnknown", id);
            } else if (!a.includesSecurity()) {
                missing = true;
                r.reason("ASR-06.noSecurity", id);
            } else {
                withSecurity = true;
                r.reason("ASR-06.security", id);
            }
        }
        if (withSecurity) {
            return r.met(null);
        }
        if (otherCloudEvidence(c)) {
            return r.notApplicable("ASR-06.notReliedOn");
        }
        // no report with Security: one of unknown principles might still have it
        return unknown ? r.unknown(null) : r.notMet(null);
    }

    private static boolean otherCloudEvidence(RuleContext c) {
        List<Certification> certs = c.validCertifications();
        return Boolean.TRUE.equals(c.validIsmapRegistration())
                || certs != null && certs.stream().anyMatch(x -> x.type().cloudSecurityCertification());
    }
}
