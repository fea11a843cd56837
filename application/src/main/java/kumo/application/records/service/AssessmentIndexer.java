package kumo.application.records.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.AuditReportDto;
import kumo.application.document.request.CertificationDto;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.ConsultationDto;
import kumo.application.document.request.IsmapRegistrationDto;
import kumo.application.document.request.RiskDecisionDto;
import kumo.application.document.request.UsagePlanDto;
import kumo.application.records.AssessmentIndex;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.plan.Treatment;
import kumo.domain.service.AuditReport;

/**
 * Derives an {@link AssessmentIndex} from a validated request: the plan's risk decisions and CIO-advisor
 * consultations, and the last usable day of every dated piece of evidence. Evidence without a date is left
 * out: its expiry is unknown, which is not the same as expired.
 *
 * <ul>
 * <li>ISMAP registrations: {@code validUntil}; referred to by registration number, else {@code (ISMAP)} /
 * {@code (ISMAP_LIU)}.</li>
 * <li>Certifications: {@code validUntil}; referred to by {@code id}, else {@code (type)}.</li>
 * <li>Audit reports: the last day the report is still current by the catalogue's {@code auditCurrencyMonths}
 * (the day {@link AuditReport#currentOn} last holds); referred to by {@code id}, else {@code (type)}.</li>
 * <li>Risk acceptances (treatment ACCEPT): {@code expiresOn}; referred to by the risk ID.</li>
 * </ul>
 *
 * <p>A risk decision without a treatment is no decision yet and gets no row. Pure and thread-safe.
 */
public final class AssessmentIndexer {

    /** {@link AssessmentIndex.EvidenceExpiry#kind()} of an ISMAP registration. */
    public static final String ISMAP_REGISTRATION = "ISMAP_REGISTRATION";
    /** {@link AssessmentIndex.EvidenceExpiry#kind()} of a certification. */
    public static final String CERTIFICATION = "CERTIFICATION";
    /** {@link AssessmentIndex.EvidenceExpiry#kind()} of an audit report. */
    public static final String AUDIT_REPORT = "AUDIT_REPORT";
    /** {@link AssessmentIndex.EvidenceExpiry#kind()} of an accepted risk. */
    public static final String RISK_ACCEPTANCE = "RISK_ACCEPTANCE";

    private final int auditCurrencyMonths;

    /** With the parameters of the catalogue the assessments are made against. */
    public AssessmentIndexer(Catalogue catalogue) {
        this(catalogue.parameters().auditCurrencyMonths());
    }

    /** With an explicit audit currency (months after the end of a report's period). */
    public AssessmentIndexer(int auditCurrencyMonths) {
        if (auditCurrencyMonths < 0) {
            throw new IllegalArgumentException("audit currency must be 0 months or more, was " + auditCurrencyMonths);
        }
        this.auditCurrencyMonths = auditCurrencyMonths;
    }

    /** The index of a request that passed validation. */
    public AssessmentIndex index(AssessmentRequestDocument request) {
        Objects.requireNonNull(request, "request");
        UsagePlanDto plan = request.plan();
        List<RiskDecisionDto> decisions = plan == null ? null : plan.riskDecisions();
        return new AssessmentIndex(riskDecisions(decisions), consultations(plan == null ? null : plan.consultations()),
                evidence(request.service(), decisions));
    }

    /**
     * The dated evidence a service profile names (ISMAP registrations, certifications, audit reports), each with
     * its last usable day; items without a date are left out (unknown is not expired).
     */
    public List<AssessmentIndex.EvidenceExpiry> evidenceOf(CloudServiceProfileDto service) {
        return evidence(Objects.requireNonNull(service, "service"), null);
    }

    private static List<AssessmentIndex.RiskDecisionRow> riskDecisions(List<RiskDecisionDto> decisions) {
        List<AssessmentIndex.RiskDecisionRow> rows = new ArrayList<>();
        for (RiskDecisionDto d : nonNull(decisions)) {
            if (d != null && d.treatment() != null) {
                rows.add(new AssessmentIndex.RiskDecisionRow(d.riskId(), d.treatment().name(), d.decidedBy(),
                        d.decidedOn(), d.expiresOn()));
            }
        }
        return rows;
    }

    private static List<AssessmentIndex.ConsultationRow> consultations(List<ConsultationDto> consultations) {
        List<AssessmentIndex.ConsultationRow> rows = new ArrayList<>();
        for (ConsultationDto c : nonNull(consultations)) {
            if (c != null && c.stage() != null) {
                rows.add(new AssessmentIndex.ConsultationRow(c.stage().name(), c.heldOn(),
                        c.view() == null ? null : c.view().name(), c.recordedBy()));
            }
        }
        return rows;
    }

    private List<AssessmentIndex.EvidenceExpiry> evidence(CloudServiceProfileDto service,
            List<RiskDecisionDto> decisions) {
        List<AssessmentIndex.EvidenceExpiry> rows = new ArrayList<>();
        if (service != null) {
            for (IsmapRegistrationDto r : nonNull(service.ismapRegistrations())) {
                if (r != null && r.validUntil() != null) {
                    String list = r.list() == null ? "ISMAP" : r.list().name();
                    rows.add(new AssessmentIndex.EvidenceExpiry(ISMAP_REGISTRATION,
                            label(r.registrationNumber(), list), r.validUntil()));
                }
            }
            for (CertificationDto c : nonNull(service.certifications())) {
                if (c != null && c.validUntil() != null) {
                    rows.add(new AssessmentIndex.EvidenceExpiry(CERTIFICATION, label(c.id(), c.type()), c.validUntil()));
                }
            }
            for (AuditReportDto a : nonNull(service.auditReports())) {
                if (a != null && a.periodTo() != null) {
                    rows.add(new AssessmentIndex.EvidenceExpiry(AUDIT_REPORT, label(a.id(), a.type()),
                            lastCurrentDay(a.toDomain())));
                }
            }
        }
        for (RiskDecisionDto d : nonNull(decisions)) {
            if (d != null && d.treatment() == Treatment.ACCEPT && d.expiresOn() != null) {
                rows.add(new AssessmentIndex.EvidenceExpiry(RISK_ACCEPTANCE, d.riskId(), d.expiresOn()));
            }
        }
        return rows;
    }

    /**
     * The last day on which the report is current. Adding months clips to the month's end (31 January + 1
     * month = 28 February), and the domain's check clips the same way when it subtracts, so a report that
     * ended on 28 February stays current until 31 March: step on from the plain sum while the domain agrees.
     */
    LocalDate lastCurrentDay(AuditReport report) {
        LocalDate day;
        try {
            day = report.periodTo().plusMonths(auditCurrencyMonths);
            report.currentOn(day.plusDays(1), auditCurrencyMonths);
        } catch (DateTimeException endOfTheCalendar) {
            return LocalDate.MAX;
        }
        while (!report.currentOn(day, auditCurrencyMonths) && day.isAfter(report.periodTo())) {
            day = day.minusDays(1);
        }
        while (report.currentOn(day.plusDays(1), auditCurrencyMonths)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String label(String id, Object type) {
        if (id != null && !id.isBlank()) {
            return id;
        }
        return "(" + (type == null ? "?" : type) + ")";
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
