package kumo.application.document.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kumo.application.document.LocalizedText;
import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.Catalogue;

/**
 * The result of one assessment, self-contained and in both languages. Nothing in it needs the
 * catalogue to be understood: every code comes with its text.
 *
 * @param kumo             the document type and format version, {@value #TYPE}
 * @param catalogueVersion the catalogue version the assessment used
 * @param assessmentDate   the date assessed on
 * @param requestDigest    SHA-256 (64 lower-case hex digits) of the canonical JSON of the request
 *                         (keys sorted, {@code null}s omitted, no whitespace, UTF-8); ties the result to its input
 * @param inScope          {@code false} when the information is 機密性1 without My Number: everything is advice
 * @param verdict          the verdict, with its meaning
 * @param findings         one per requirement, in catalogue order
 * @param exemptions       the three exemptions and how each came out
 * @param risks            the §3 risk register, R01–R29
 * @param nextActions      what would move the assessment on, the most blocking first
 * @param summary          counts, for an overview
 * @param follows          the assessment this one redoes and why, as the request (format 2) gave it; else {@code null}
 */
public record AssessmentResultDocument(
        String kumo,
        String catalogueVersion,
        LocalDate assessmentDate,
        String requestDigest,
        boolean inScope,
        VerdictText verdict,
        List<FindingEntry> findings,
        List<ExemptionEntry> exemptions,
        List<RiskEntryText> risks,
        List<NextActionText> nextActions,
        Summary summary,
        FollowsRecord follows) {

    /** A result of a request that follows no earlier assessment. */
    public AssessmentResultDocument(String kumo, String catalogueVersion, LocalDate assessmentDate, String requestDigest,
            boolean inScope, VerdictText verdict, List<FindingEntry> findings, List<ExemptionEntry> exemptions,
            List<RiskEntryText> risks, List<NextActionText> nextActions, Summary summary) {
        this(kumo, catalogueVersion, assessmentDate, requestDigest, inScope, verdict, findings, exemptions, risks,
                nextActions, summary, null);
    }

    /** The value of the {@code kumo} field this version writes. */
    public static final String TYPE = "assessment-result/1";

    /** Builds the document from an assessment and the catalogue that produced it (for its texts). */
    public static AssessmentResultDocument from(Assessment assessment, Catalogue catalogue, String requestDigest) {
        return from(assessment, catalogue, requestDigest, null);
    }

    /** The same, echoing the earlier assessment the request said this one follows ({@code null}: none). */
    public static AssessmentResultDocument from(Assessment assessment, Catalogue catalogue, String requestDigest,
            FollowsRecord follows) {
        AssessmentResultDocument d = new ResultMapper(catalogue.texts()).map(assessment, requestDigest);
        return follows == null ? d : new AssessmentResultDocument(d.kumo(), d.catalogueVersion(), d.assessmentDate(),
                d.requestDigest(), d.inScope(), d.verdict(), d.findings(), d.exemptions(), d.risks(), d.nextActions(),
                d.summary(), follows);
    }

    /** The earlier assessment a re-assessment follows, and why it was redone (echoed from the request). */
    public record FollowsRecord(String assessmentId, String reason) {
    }

    /** The verdict code ({@code kumo.domain.assessment.Verdict} name), its name in both languages, and what it means. */
    public record VerdictText(String code, String ja, String en, LocalizedText meaning) {
    }

    /** A policy clause a requirement, risk or exemption rests on. */
    public record ClauseRef(String id, LocalizedText label) {
    }

    /**
     * A fact a rule looked at.
     *
     * @param value      as the rule saw it; {@code null} when unknown
     * @param valueLabel the value for display (yes / no / unknown translated, other values as they are)
     * @param evidence   the evidence document that supports it, where the profile names one
     */
    public record Fact(String name, LocalizedText label, String value, LocalizedText valueLabel, String evidence) {
    }

    /**
     * A deviation recorded in the plan, as it was read, and what the finding made of it: approved (or
     * awaiting approval) by {@code approvedBy} on {@code approvedOn}, or refused by {@code refusedBy} on
     * {@code refusedOn} (format 2), each {@code null} where it does not apply. The last three fields are new
     * in version 1 and optional: a reader of older documents sees them as {@code null}.
     *
     * @param accepted whether it lifted the finding (DEVIATED); {@code false} when approval is missing, when
     *                 it was approved after the assessment date, when the approver refused it, or when the
     *                 rule refused it
     * @param outcome  {@code kumo.domain.assessment.DeviationOutcome} name: ACCEPTED, NOT_APPROVED,
     *                 APPROVED_AFTER_ASSESSMENT_DATE, REFUSED or NOT_DEVIABLE
     * @param why      the outcome in words
     */
    public record DeviationRecord(String requirementId, String rationale, Boolean justifiedByFlowDesign,
            String approvedBy, LocalDate approvedOn, String refusedBy, LocalDate refusedOn, String refusalRationale,
            Boolean accepted, String outcome, LocalizedText why) {
    }

    /**
     * One requirement's finding.
     *
     * @param status         the final status ({@code kumo.domain.catalogue.Status} name)
     * @param ruleStatus     what the rule itself found, before an exemption or deviation
     * @param condition      when the requirement applies, for conditional requirements; else {@code null}
     * @param interpretation kumo's reading of an open text, where the requirement carries one; else {@code null}
     * @param exemptionId    the exemption that made it EXEMPT, else {@code null}
     * @param deviation      the deviation that made it DEVIATED, keeps it PENDING or that the rule refused
     *                       (see its {@code accepted} and {@code outcome}), else {@code null}
     */
    public record FindingEntry(
            String id,
            String group,
            LocalizedText title,
            LocalizedText text,
            String kind,
            String level,
            boolean section5,
            boolean deviable,
            boolean neverExempt,
            LocalizedText condition,
            String status,
            LocalizedText statusLabel,
            String ruleStatus,
            List<ClauseRef> sourceClauses,
            List<Fact> facts,
            List<LocalizedText> reasons,
            String exemptionId,
            LocalizedText interpretation,
            DeviationRecord deviation) {
    }

    /**
     * How one exemption came out.
     *
     * @param text      what the exemption says
     * @param condition when it applies
     * @param state     APPLIED, POSSIBLE (conditions unknown, evidence needed) or NOT_APPLICABLE
     * @param exempts   the requirement IDs it exempts when applied
     */
    public record ExemptionEntry(String id, LocalizedText title, LocalizedText text, LocalizedText condition, String state,
            List<LocalizedText> reasons, List<String> exempts, List<ClauseRef> sourceClauses) {
    }

    /** The check a risk asks for first, as recorded. */
    public record RiskCheckRecord(String result, String checkedBy, LocalDate checkedOn) {
    }

    /** The decision on a risk, as recorded. */
    public record RiskDecisionRecord(String treatment, LocalizedText treatmentLabel, String rationale,
            String decidedBy, LocalDate decidedOn, LocalDate expiresOn, RiskCheckRecord check) {
    }

    /**
     * One row of the risk register.
     *
     * @param applies            the risk applies (an unknown applicability counts as applying)
     * @param applicabilityKnown {@code false} when it applies only because a fact is unknown
     * @param capability         the capability that mitigates it, {@code null} when the policy names none
     * @param capabilityText     what that capability is, {@code null} when the policy names none
     * @param capabilityOffered  the service shows the capability: {@code true}, {@code false}, {@code null} unknown or none
     * @param checkText          the check the policy asks for before any decision counts, else {@code null}
     * @param alternative        the treatment the policy suggests ({@code kumo.domain.catalogue.Alternative} name)
     * @param alternativeText    the policy's alternative for this risk, in words
     * @param interpretation     kumo's reading of an erroneous or open text of this risk, else {@code null}
     * @param state              {@code kumo.domain.assessment.RiskState} name
     * @param decision           the decision on record, else {@code null}
     */
    public record RiskEntryText(
            String id,
            LocalizedText title,
            LocalizedText text,
            boolean applies,
            boolean applicabilityKnown,
            String capability,
            LocalizedText capabilityText,
            Boolean capabilityOffered,
            boolean checkFirst,
            LocalizedText checkText,
            String alternative,
            LocalizedText alternativeLabel,
            LocalizedText alternativeText,
            LocalizedText interpretation,
            String state,
            RiskDecisionRecord decision,
            List<LocalizedText> reasons,
            List<String> linkedRequirements,
            List<ClauseRef> sourceClauses) {
    }

    /**
     * A step that would move the assessment on.
     *
     * @param target   the requirement, risk or exemption ID it is tied to
     * @param type     {@code kumo.domain.assessment.ActionType} name
     * @param blocking {@code false} for advisories
     * @param stage    the verdict this action stands in the way of leaving
     */
    public record NextActionText(String target, String type, boolean blocking, String stage, LocalizedText text) {
    }

    /**
     * Counts for an overview.
     *
     * @param findings          findings per status (every status present, 0 included)
     * @param blockingFindings  PROHIBITION and MANDATORY findings per status
     * @param risks             risks per state (every state present)
     * @param appliedExemptions IDs of the exemptions applied
     * @param blockingActions   next actions that block the verdict
     * @param advisories        next actions that are advice only
     */
    public record Summary(
            Map<String, Integer> findings,
            Map<String, Integer> blockingFindings,
            Map<String, Integer> risks,
            List<String> appliedExemptions,
            int blockingActions,
            int advisories) {
    }
}
