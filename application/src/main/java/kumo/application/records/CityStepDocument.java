package kumo.application.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AuditReviewDto;
import kumo.application.document.request.ConsultationDto;
import kumo.application.document.request.DecisionDto;
import kumo.application.document.request.DeviationDto;
import kumo.application.document.request.RiskDecisionDto;
import kumo.application.document.request.ScopeCheckDto;
import kumo.application.records.port.in.RecordCityStepUseCase.StepToRecord;

/**
 * One of the city's steps as a document, in the request format's own shapes: the body of {@code POST
 * /api/v1/assessments/{id}/steps} and each entry of the {@code steps} of a {@code kumo decide --file} document
 * ({@link CityStepsDocument}). Shared by both front doors.
 *
 * <pre>{"kind": "decision", "field": "overallJudgment", "decision": {"outcome": "YES", "rationale": "…"},
 *  "expectedLatestId": "…", "on": "2026-12-01", "reason": "…"}</pre>
 *
 * {@code kind} is {@code decision} (with {@code field} and {@code decision}), {@code consultation}, {@code
 * deviation}, {@code riskDecision}, {@code scopeCheck} or {@code auditReview} (each with the member of that name).
 */
public record CityStepDocument(String kind, String field, DecisionDto decision, ConsultationDto consultation,
        DeviationDto deviation, RiskDecisionDto riskDecision, ScopeCheckDto scopeCheck, AuditReviewDto auditReview,
        String expectedLatestId, LocalDate on, String reason) {

    /** The kinds, each the name of the member holding the step. */
    public static final List<String> KINDS = List.of("decision", "consultation", "deviation", "riskDecision", "scopeCheck",
            "auditReview");

    /**
     * The use case's input.
     *
     * @throws InvalidDocumentException naming the member ({@code $.kind}, {@code $.riskDecision}, {@code $.field}…)
     *         when the kind and the members do not match
     */
    public StepToRecord toStep(String assessmentId) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("decision", decision);
        members.put("consultation", consultation);
        members.put("deviation", deviation);
        members.put("riskDecision", riskDecision);
        members.put("scopeCheck", scopeCheck);
        members.put("auditReview", auditReview);
        if (kind == null || !KINDS.contains(kind)) {
            problems.add(new Violation("$.kind", kind == null ? "required" : "unknownKind",
                    StoreTexts.of("store.step.kind", String.join(", ", KINDS))));
        } else {
            if (members.get(kind) == null) {
                problems.add(new Violation("$." + kind, "required", StoreTexts.of("store.step.member", kind)));
            }
            if (kind.equals("decision") && field == null) {
                problems.add(new Violation("$.field", "required", StoreTexts.of("store.step.field",
                        String.join(", ", CityStep.Decision.FIELDS))));
            }
        }
        members.forEach((name, value) -> {
            if (value != null && !name.equals(kind)) {
                problems.add(new Violation("$." + name, "notThisKind", StoreTexts.of("store.step.otherMember", name,
                        kind == null ? "—" : kind)));
            }
        });
        if (field != null && !"decision".equals(kind)) {
            problems.add(new Violation("$.field", "notThisKind", StoreTexts.of("store.step.otherMember", "field",
                    kind == null ? "—" : kind)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        CityStep step = switch (kind) {
            case "decision" -> new CityStep.Decision(field, decision);
            case "consultation" -> new CityStep.Consultation(consultation);
            case "deviation" -> new CityStep.Deviation(deviation);
            case "riskDecision" -> new CityStep.RiskDecision(riskDecision);
            case "scopeCheck" -> new CityStep.ScopeCheck(scopeCheck);
            default -> new CityStep.AuditReview(auditReview);
        };
        return new StepToRecord(assessmentId, expectedLatestId, step, on, reason);
    }

    /**
     * The re-assessed request's problems at their place in this body: {@code $.plan.riskDecisions[3].riskId} →
     * {@code $.riskDecision.riskId}, {@code $.follows.reason} → {@code $.reason}; others as they are.
     */
    public List<Violation> rebase(List<Violation> violations, CityStep step) {
        return rebase(violations, step, kind);
    }

    /** As {@link #rebase(List, CityStep)}, for a step of the document kind {@code kind} ({@link #kindOf}). */
    public static List<Violation> rebase(List<Violation> violations, CityStep step, String kind) {
        Pattern inPlan = Pattern.compile("^\\$\\.plan\\." + Pattern.quote(step.planField()) + "(\\[\\d+\\])?");
        return violations.stream().map(v -> {
            String path = v.path();
            Matcher m = inPlan.matcher(path);
            if (m.find()) {
                path = "$." + kind + path.substring(m.end());
            } else if (path.startsWith("$.follows.reason")) {
                path = "$.reason";
            } else if (path.startsWith("$.assessmentDate")) {
                path = "$.on";
            }
            return new Violation(path, v.code(), v.message());
        }).toList();
    }

    /** The document kind of a step: the name of the member that holds it. */
    public static String kindOf(CityStep step) {
        if (step instanceof CityStep.Decision) {
            return "decision";
        } else if (step instanceof CityStep.Consultation) {
            return "consultation";
        } else if (step instanceof CityStep.Deviation) {
            return "deviation";
        } else if (step instanceof CityStep.RiskDecision) {
            return "riskDecision";
        } else if (step instanceof CityStep.ScopeCheck) {
            return "scopeCheck";
        }
        return "auditReview";
    }
}
