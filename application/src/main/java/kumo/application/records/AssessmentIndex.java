package kumo.application.records;

import java.time.LocalDate;
import java.util.List;

import kumo.application.records.service.AssessmentIndexer;

/**
 * What an assessment's request recorded, kept in rows of their own so the store can answer "which
 * risks did this system accept", "when did the CIO advisor see it" and "whose evidence runs out" without
 * reading documents. Derived from the request when recorded ({@link AssessmentIndexer}); never edited.
 */
public record AssessmentIndex(List<RiskDecisionRow> riskDecisions, List<ConsultationRow> consultations,
        List<EvidenceExpiry> evidence) {

    public AssessmentIndex {
        riskDecisions = List.copyOf(riskDecisions);
        consultations = List.copyOf(consultations);
        evidence = List.copyOf(evidence);
    }

    /**
     * A decision on one §3 risk, as the request recorded it.
     *
     * @param riskId    R01–R29
     * @param treatment MITIGATE, TRANSFER or ACCEPT
     * @param decidedBy who decided; may be {@code null} when the request did not say
     * @param decidedOn when; may be {@code null}
     * @param expiresOn when an acceptance must be reviewed; {@code null} when none
     */
    public record RiskDecisionRow(String riskId, String treatment, String decidedBy, LocalDate decidedOn,
            LocalDate expiresOn) {
    }

    /**
     * A consultation of the CIO advisor, as the request recorded it.
     *
     * @param stage   PLANNING or BUDGET
     * @param date    when; may be {@code null}
     * @param outcome the advisor's outcome code; may be {@code null}
     * @param by      who consulted or answered; may be {@code null}
     */
    public record ConsultationRow(String stage, LocalDate date, String outcome, String by) {
    }

    /**
     * A piece of dated evidence the assessment relied on, and when it stops being usable.
     *
     * @param kind      ISMAP_REGISTRATION, CERTIFICATION, AUDIT_REPORT or RISK_ACCEPTANCE
     * @param reference what it is (registration number, certificate, report, risk ID)
     * @param expiresOn the last day it is usable
     */
    public record EvidenceExpiry(String kind, String reference, LocalDate expiresOn) {
    }
}
