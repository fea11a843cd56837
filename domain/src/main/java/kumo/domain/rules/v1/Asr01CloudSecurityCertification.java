package kumo.domain.rules.v1;

import java.util.List;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.AuditReport;
import kumo.domain.service.Certification;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;

/**
 * ASR-01: a cloud security certification or equivalent is held (§4(2) 「クラウドセキュリティ認証等を必須とする」).
 * kumo counts (its reading): a valid ISMAP registration, ISO/IEC 27017, the JASA cloud security audit
 * (CS mark), CSA STAR certification, or a current SOC 2 / SOC 3 / JICPA IT7 report that includes the
 * Security principle with an unqualified or qualified opinion. ISO/IEC 27001 alone is an ISMS
 * certificate, not a cloud one; ISMAP-LIU is for low-impact information, not 機密性2+. Expired
 * evidence never counts; evidence of unknown validity, principles or opinion makes the finding
 * UNKNOWN rather than NOT_MET; evidence found out of scope (ASR-04) or judged unreliable (ASR-05)
 * is not counted. An ISMAP registration of the underlying platform (request format 2) is not this
 * service's certification; one whose scope is unknown makes the finding UNKNOWN unless other evidence counts.
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
        List<AuditReport> audits = c.reliedOnAuditReports();
        RuleResult.Builder r = RuleResult.builder()
                .fact("evidence.ismapValid", ismap)
                .fact("evidence.validCertifications", certs == null ? null
                        : certs.stream().map(x -> x.type().name()).toList())
                .fact("evidence.currentAuditReports", audits == null ? null
                        : audits.stream().map(x -> x.type().name()).toList());
        if (Boolean.TRUE.equals(ismap)) {
            return r.met("ASR-01.ismap");
        }
        platformRegistrations(c, r);
        if (certs != null) {
            for (Certification cert : certs) {
                if (cert.type().cloudSecurityCertification()) {
                    return r.met("ASR-01.certification", "@certificationType." + cert.type().name());
                }
            }
        }
        boolean unclear = false;
        if (audits != null) {
            for (AuditReport a : audits) {
                Boolean counts = counts(a);
                if (Boolean.TRUE.equals(counts)) {
                    return r.met("ASR-01.auditReport", "@auditReportType." + a.type().name());
                }
                unclear |= counts == null;
            }
        }
        unclear |= ismap == null || certs == null || audits == null || pendingValidity(c);
        return unclear ? r.unknown("ASR-01.unknown") : r.notMet("ASR-01.none");
    }

    /**
     * A valid ISMAP registration that is the underlying platform's is named and not counted: the platform's
     * certification does not cover the service's own application and operation (kumo's reading of §2オ and
     * §4(2)); one whose holder is unknown is named as unknown.
     */
    private static void platformRegistrations(RuleContext c, RuleResult.Builder r) {
        List<IsmapRegistration> regs = c.service().ismapRegistrations();
        if (regs == null) {
            return;
        }
        for (IsmapRegistration reg : regs) {
            if (reg.list() != IsmapList.ISMAP || !reg.validOn(c.date()) || c.outOfScope(RuleContext.label(reg))) {
                continue;
            }
            Boolean own = reg.ofThisService();
            if (Boolean.FALSE.equals(own)) {
                r.reason("ASR-01.platformIsmap", RuleContext.label(reg));
            } else if (own == null) {
                r.reason("ASR-01.ismapScopeUnknown", RuleContext.label(reg));
            }
        }
    }

    /** A Trust Services report with Security and a usable opinion counts; {@code null} when that is unknown. */
    static Boolean counts(AuditReport a) {
        if (!a.type().trustServicesReport()) {
            return Boolean.FALSE;
        }
        Boolean security = a.includesSecurity();
        Boolean opinion = a.opinionUsable();
        if (Boolean.FALSE.equals(security) || Boolean.FALSE.equals(opinion)) {
            return Boolean.FALSE;
        }
        return security == null || opinion == null ? null : Boolean.TRUE;
    }

    /** Cloud evidence whose validity or currency on the assessment date is not yet known. */
    private static boolean pendingValidity(RuleContext c) {
        var s = c.service();
        boolean certs = s.certifications() != null && s.certifications().stream()
                .anyMatch(x -> x.type() != null && x.type().cloudSecurityCertification() && x.validity(c.date()) == null
                        && !c.outOfScope(RuleContext.label(x)));
        boolean audits = s.auditReports() != null && s.auditReports().stream()
                .anyMatch(x -> x.type() != null && x.type().trustServicesReport()
                        && x.currency(c.date(), c.parameters().auditCurrencyMonths()) == null
                        && !c.outOfScope(RuleContext.label(x)) && !c.unreliable(RuleContext.label(x)));
        return certs || audits;
    }
}
