package kumo.application.document.result;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.application.document.result.AssessmentResultDocument.Summary;
import kumo.domain.assessment.Assessment;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/**
 * The result of one assessment in one language, for scripts: every finding with its status, reasons,
 * facts, exemption and deviation, every exemption and risk row with its state and reasons, every next
 * action and the counts of the full {@link AssessmentResultDocument} — but none of the catalogue's own
 * text, which a reader looks up by requirement, risk or exemption ID, fact name or code (titles, clause
 * texts, conditions, capabilities, labels of codes). A {@code null} is left out, except the value of a
 * fact, which is written as {@code null} when the fact is unknown.
 *
 * @param kumo             the document type and format version, {@value #TYPE}
 * @param lang             the language of every text in it: {@code ja} or {@code en}
 * @param catalogueVersion the catalogue version the assessment used (where the IDs are looked up)
 * @param assessmentDate   the date assessed on
 * @param requestDigest    SHA-256 of the canonical JSON of the request, as in the full form
 * @param inScope          {@code false} when the information is 機密性1 without My Number: everything is advice
 * @param verdict          the verdict code ({@code kumo.domain.assessment.Verdict} name)
 * @param verdictLabel     the verdict in words, in {@code lang}
 * @param findings         one per requirement, in catalogue order
 * @param exemptions       the exemptions and how each came out
 * @param risks            the §3 risk register, R01–R29
 * @param nextActions      what would move the assessment on, in the order of the full form
 * @param summary          the same counts as the full form
 * @param follows          the assessment this one re-assesses and why (request format 2), else left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompactResultDocument(
        String kumo,
        String lang,
        String catalogueVersion,
        LocalDate assessmentDate,
        String requestDigest,
        boolean inScope,
        String verdict,
        String verdictLabel,
        List<Finding> findings,
        List<Exemption> exemptions,
        List<Risk> risks,
        List<Action> nextActions,
        Summary summary,
        AssessmentResultDocument.FollowsRecord follows) {

    /** The value of the {@code kumo} field this version writes. */
    public static final String TYPE = "assessment-result-compact/1";

    /** Builds the compact form straight from an assessment: only the texts of {@code language} are rendered. */
    public static CompactResultDocument from(Assessment assessment, Catalogue catalogue, String requestDigest,
            AssessmentResultDocument.FollowsRecord follows, Language language) {
        return new CompactResultMapper(catalogue.texts(), language).map(assessment, requestDigest, follows);
    }

    /** The compact form of a full result document (e.g. a stored one), in {@code language}. */
    public static CompactResultDocument of(AssessmentResultDocument full, Language language) {
        return CompactResultMapper.fromFull(full, language);
    }

    /** The {@code lang} value of a language. */
    public static String code(Language language) {
        return language == Language.JA ? "ja" : "en";
    }

    /**
     * One requirement's finding.
     *
     * @param status      the final status ({@code kumo.domain.catalogue.Status} name)
     * @param ruleStatus  what the rule itself found, before an exemption or deviation
     * @param exemptionId the exemption that made it EXEMPT, else left out
     * @param deviation   the deviation that made it DEVIATED or keeps it PENDING, else left out
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(String id, String status, String ruleStatus, List<Fact> facts, List<String> reasons,
            String exemptionId, Deviation deviation) {
    }

    /**
     * A fact a rule looked at: its name (its label is the catalogue text {@code fact.<name>}), its value as the
     * rule saw it ({@code null} when unknown) and the evidence document that supports it, where one is named.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fact(String name, @JsonInclude(JsonInclude.Include.ALWAYS) String value, String evidence) {
    }

    /** How one exemption came out: APPLIED, POSSIBLE or NOT_APPLICABLE, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exemption(String id, String state, List<String> reasons) {
    }

    /**
     * One row of the risk register.
     *
     * @param applies            the risk applies (an unknown applicability counts as applying)
     * @param applicabilityKnown {@code false} when it applies only because a fact is unknown
     * @param capabilityOffered  the service shows the mitigating capability; left out when unknown or none
     * @param state              {@code kumo.domain.assessment.RiskState} name
     * @param decision           the decision on record, else left out
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Risk(String id, boolean applies, boolean applicabilityKnown, Boolean capabilityOffered, String state,
            Decision decision, List<String> reasons) {
    }

    /** The decision on a risk, as recorded ({@code treatment} a {@code kumo.domain.plan.Treatment} name). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String treatment, String rationale, String decidedBy, LocalDate decidedOn,
            LocalDate expiresOn, Check check) {
    }

    /**
     * A step that would move the assessment on.
     *
     * @param target   the requirement, risk or exemption ID it is tied to
     * @param type     {@code kumo.domain.assessment.ActionType} name
     * @param blocking {@code false} for advisories
     * @param stage    the verdict this action stands in the way of leaving
     * @param text     what to do, in {@code lang}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String target, String type, boolean blocking, String stage, String text) {
    }

    /** A deviation recorded in the plan, as it was read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deviation(String requirementId, String rationale, Boolean justifiedByFlowDesign, String approvedBy,
            LocalDate approvedOn, String refusedBy, LocalDate refusedOn, String refusalRationale, Boolean accepted,
            String outcome) {
    }

    /** The check a risk asks for first, as recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String result, String checkedBy, LocalDate checkedOn) {
    }
}
