package kumo.domain.rules.v1;

import kumo.domain.catalogue.Rule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.service.AuditReport;
import kumo.domain.service.Certification;
import kumo.domain.service.IsmapRegistration;

/**
 * ASR-09: the evidence is current (kumo's reading): ISMAP registrations and certificates valid on the
 * assessment date, audit reports whose period ended within the catalogue's currency window. Stale
 * evidence is listed here; no other rule counts it.
 */
final class Asr09EvidenceCurrent implements Rule {

    /** The label text of an enum value, or the enum's absence shown as "unknown". */
    private static String label(String group, Enum<?> value) {
        return value == null ? "@value.unknown" : "@" + group + "." + value.name();
    }

    @Override
    public String id() {
        return "ASR-09";
    }

    @Override
    public RuleResult evaluate(RuleContext c) {
        var s = c.service();
        RuleResult.Builder r = RuleResult.builder();
        if (s.ismapRegistrations() == null && s.certifications() == null && s.auditReports() == null) {
            r.fact("evidence.reliedOn", null);
            return r.unknown("ASR-09.evidenceUnknown");
        }
        int total = 0;
        int stale = 0;
        int unknown = 0;
        if (s.ismapRegistrations() != null) {
            for (IsmapRegistration x : s.ismapRegistrations()) {
                total++;
                Boolean valid = x.validity(c.date());
                if (valid == null) {
                    unknown++;
                    r.reason("ASR-09.unknownRegistration", label("ismapList", x.list()), x.registrationNumber() == null ? "" : x.registrationNumber());
                } else if (!valid) {
                    stale++;
                    r.reason("ASR-09.staleRegistration", label("ismapList", x.list()), x.registrationNumber() == null ? "" : x.registrationNumber(), x.validUntil());
                }
            }
        }
        if (s.certifications() != null) {
            for (Certification x : s.certifications()) {
                total++;
                Boolean valid = x.validity(c.date());
                if (valid == null) {
                    unknown++;
                    r.reason("ASR-09.unknownCertification", label("certificationType", x.type()), x.id() == null || x.id().isBlank() ? "" : x.id());
                } else if (!valid) {
                    stale++;
                    r.reason("ASR-09.staleCertification", label("certificationType", x.type()), x.id() == null || x.id().isBlank() ? "" : x.id(), x.validUntil());
                }
            }
        }
        if (s.auditReports() != null) {
            for (AuditReport x : s.auditReports()) {
                total++;
                Boolean current = x.currency(c.date(), c.parameters().auditCurrencyMonths());
                if (current == null) {
                    unknown++;
                    r.reason("ASR-09.unknownReport", label("auditReportType", x.type()), x.id() == null || x.id().isBlank() ? "" : x.id());
                } else if (!current) {
                    stale++;
                    r.reason("ASR-09.staleReport", label("auditReportType", x.type()), x.id() == null || x.id().isBlank() ? "" : x.id(), x.periodTo(),
                            c.parameters().auditCurrencyMonths());
                }
            }
        }
        r.fact("evidence.count", total).fact("evidence.staleCount", stale);
        if (total == 0) {
            return Asr04ScopeCoversService.partlyUnknown(c) ? r.unknown("ASR-09.evidenceUnknown")
                    : r.notApplicable("ASR-09.noEvidence");
        }
        if (stale > 0) {
            return r.notMet(null);
        }
        return unknown > 0 ? r.unknown(null) : r.met("ASR-09.allCurrent", total);
    }
}
