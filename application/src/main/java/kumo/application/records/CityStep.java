package kumo.application.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import kumo.application.document.request.AuditReviewDto;
import kumo.application.document.request.ConsultationDto;
import kumo.application.document.request.DecisionDto;
import kumo.application.document.request.DeviationDto;
import kumo.application.document.request.RiskDecisionDto;
import kumo.application.document.request.ScopeCheckDto;
import kumo.application.document.request.UsagePlanDto;

/**
 * One step the city takes on a stored assessment, in the request format's own shapes: it is written into the
 * stored request's {@code plan} at {@link #planField()} and the request assessed again. A step without its
 * "who" or "when" is recorded as taken by the actor who records it, on the date the re-assessment is made
 * ({@link #withWhoAndWhen}); everything else is taken as given (an incomplete decision keeps its finding
 * PENDING, as it would in a request).
 */
public sealed interface CityStep {

    /** The field of the request's {@code plan} this step is written to, e.g. {@code overallJudgment}. */
    String planField();

    /**
     * For a step that is one entry of a list ({@code riskDecisions}, {@code deviations} …): the entry's key field
     * and value; an entry with the same key is replaced, else the step is appended. {@code null} for a decision
     * field, and for the lists that are a history (consultations, scope checks, audit reviews: the step is one
     * more entry, and the catalogue counts the last one in force for each piece of evidence).
     */
    default ListKey listKey() {
        return null;
    }

    /** The step's document (a request-format object), as it is written into the plan. */
    Object document();

    /** This step with its missing "who" set to {@code by} and its missing "when" set to {@code on}. */
    CityStep withWhoAndWhen(String by, LocalDate on);

    /** Which entry of a list a step replaces: the one whose {@code field} equals {@code value}. */
    record ListKey(String field, String value) {
    }

    /**
     * A decision, evaluation or confirmation recorded in one of the plan's decision fields.
     *
     * @param field    one of {@link #FIELDS}, e.g. {@code overallJudgment}, {@code ismapDifficultyReason}
     * @param decision outcome, rationale, who and when
     */
    record Decision(String field, DecisionDto decision) implements CityStep {

        /** The plan's decision fields, in the request format's order (read from {@link UsagePlanDto}). */
        public static final List<String> FIELDS = Arrays.stream(UsagePlanDto.class.getRecordComponents())
                .filter(c -> c.getType() == DecisionDto.class).map(c -> c.getName()).toList();

        public Decision {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public String planField() {
            return field;
        }

        @Override
        public Object document() {
            return decision;
        }

        @Override
        public CityStep withWhoAndWhen(String by, LocalDate on) {
            return new Decision(field, filled(decision, by, on));
        }
    }

    /** A consultation with the CIO advisor (§4(4)), with the advisor's view; appended to {@code consultations}. */
    record Consultation(ConsultationDto consultation) implements CityStep {

        public Consultation {
            Objects.requireNonNull(consultation, "consultation");
        }

        @Override
        public String planField() {
            return "consultations";
        }

        @Override
        public Object document() {
            return consultation;
        }

        @Override
        public CityStep withWhoAndWhen(String by, LocalDate on) {
            ConsultationDto c = consultation;
            return new Consultation(new ConsultationDto(c.stage(), c.heldOn() != null ? c.heldOn() : on, c.view(),
                    c.viewSummary(), c.resolution(), c.resolvedOn(), c.recordedBy() != null ? c.recordedBy() : by));
        }
    }

    /** A deviation and its approval (or refusal); replaces the deviation of the same requirement. */
    record Deviation(DeviationDto deviation) implements CityStep {

        public Deviation {
            Objects.requireNonNull(deviation, "deviation");
        }

        @Override
        public String planField() {
            return "deviations";
        }

        @Override
        public ListKey listKey() {
            return new ListKey("requirementId", deviation.requirementId());
        }

        @Override
        public Object document() {
            return deviation;
        }

        @Override
        public CityStep withWhoAndWhen(String by, LocalDate on) {
            DeviationDto d = deviation;
            if (d.decision() == null) {
                return this; // format 1: approvedBy/approvedOn are the approval itself, never assumed
            }
            return new Deviation(new DeviationDto(d.requirementId(), d.rationale(), d.justifiedByFlowDesign(),
                    d.approvedBy(), d.approvedOn(), filled(d.decision(), by, on)));
        }
    }

    /** The city's decision on one §3 risk; replaces the decision on the same risk. */
    record RiskDecision(RiskDecisionDto decision) implements CityStep {

        public RiskDecision {
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public String planField() {
            return "riskDecisions";
        }

        @Override
        public ListKey listKey() {
            return new ListKey("riskId", decision.riskId());
        }

        @Override
        public Object document() {
            return decision;
        }

        @Override
        public CityStep withWhoAndWhen(String by, LocalDate on) {
            RiskDecisionDto d = decision;
            return new RiskDecision(new RiskDecisionDto(d.riskId(), d.treatment(), d.rationale(),
                    d.decidedBy() != null ? d.decidedBy() : by, d.decidedOn() != null ? d.decidedOn() : on,
                    d.expiresOn(), d.check()));
        }
    }

    /** A check that a certification's or audit report's scope covers the service (ASR-04); appended. */
    record ScopeCheck(ScopeCheckDto check) implements CityStep {

        public ScopeCheck {
            Objects.requireNonNull(check, "check");
        }

        @Override
        public String planField() {
            return "scopeChecks";
        }

        @Override
        public Object document() {
            return check;
        }

        @Override
        public CityStep withWhoAndWhen(String by, LocalDate on) {
            ScopeCheckDto c = check;
            return new ScopeCheck(new ScopeCheckDto(c.evidenceId(), c.coversService(),
                    c.checkedBy() != null ? c.checkedBy() : by, c.checkedOn() != null ? c.checkedOn() : on));
        }
    }

    /** The city's review of an audit report (ASR-05); appended. */
    record AuditReview(AuditReviewDto review) implements CityStep {

        public AuditReview {
            Objects.requireNonNull(review, "review");
        }

        @Override
        public String planField() {
            return "auditReviews";
        }

        @Override
        public Object document() {
            return review;
        }

        @Override
        public CityStep withWhoAndWhen(String by, LocalDate on) {
            AuditReviewDto r = review;
            return new AuditReview(new AuditReviewDto(r.reportId(), r.importantItemsExcluded(), r.exceptionsFound(),
                    r.judgment(), r.acceptable(), r.reviewedBy() != null ? r.reviewedBy() : by,
                    r.reviewedOn() != null ? r.reviewedOn() : on));
        }
    }

    private static DecisionDto filled(DecisionDto d, String by, LocalDate on) {
        return new DecisionDto(d.outcome(), d.rationale(), d.decidedBy() != null ? d.decidedBy() : by,
                d.decidedOn() != null ? d.decidedOn() : on);
    }
}
