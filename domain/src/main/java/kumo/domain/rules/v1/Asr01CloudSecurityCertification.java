package kumo.domain.rules.v1;

import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.AuditOpinion;
import kumo.domain.service.AuditReport;
import kumo.domain.service.Certification;

/**
 * ASR-01: a cloud security certification or equivalent is held (§4(2) 「クラウドセキュリティ認証等を必須とする」).
 * kumo counts (its reading): a valid ISMAP registration, ISO/IEC 27017, the JASA cloud security audit
 * (CS mark), CSA STAR certification, or a current SOC 2 / SOC 3 / JICPA IT7 report that includes the
 * Security principle and has no adverse or disclaimed opinion. ISO/IEC 27001 alone is an ISMS
 * certificate, not a cloud one; ISMAP-LIU is for low-impact information, not 機密性2+. Expired
 * evidence never counts.
 */
final class Asr01CloudSecurityCertification implements Rule {

    @Override
    public String id() {
        return "ASR-01";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        Boolean ismap = c.validIsmapRegistration();
        List<Certification> certs = c.validCertifications();
        List<AuditReport> audits = c.currentAuditReports();
        RuleResult.Builder r = RuleResult.builder()
                .fact("evidence.ismapValid", ismap)
                .fact("evidence.validCertifications", certs == null ? null
                        : certs.stream().map(x -> x.type().name()).toList())
                .fact("evidence.currentAuditReports", audits == null ? null
                        : audits.stream().map(x -> x.type().name()).toList());
        if (Boolean.TRUE.equals(ismap)) {
            return r.met("ASR-01.ismap");
        }
        if (certs != null) {
            for (Certification cert : certs) {
                if (cert.type().cloudSecurityCertification()) {
                    return r.met("ASR-01.certification", cert.type());
                }
            }
        }
        if (audits != null) {
            for (AuditReport a : audits) {
                if (counts(a)) {
                    return r.met("ASR-01.auditReport", a.type());
                }
            }
        }
        boolean auditUnclear = audits != null && audits.stream()
                .anyMatch(a -> a.type().trustServicesReport() && a.includesSecurity() == null);
        if (ismap == null || certs == null || audits == null || auditUnclear) {
            return r.unknown("ASR-01.unknown");
        }
        return r.notMet("ASR-01.none");
    }

    static boolean counts(AuditReport a) {
        return a.type().trustServicesReport() && Boolean.TRUE.equals(a.includesSecurity())
                && a.opinion() != AuditOpinion.ADVERSE && a.opinion() != AuditOpinion.DISCLAIMER;
    }
}
