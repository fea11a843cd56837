package kumo.adapters.web.ui.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kumo.application.document.request.ConsultationDto;
import kumo.application.document.request.DecisionDto;
import kumo.application.document.request.DeviationDto;
import kumo.application.document.request.RiskDecisionDto;
import kumo.application.records.CityStep;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.plan.Outcome;
import kumo.domain.plan.Treatment;

/**
 * One of the city's steps as posted from the forms on a recorded assessment, translated into a {@link CityStep}.
 * Field names are the request format's member names ({@code rationale}, {@code decidedOn} …), so a problem the
 * application finds at {@code $.plan.riskDecisions[0].rationale} is shown at the form's {@code rationale}. The web
 * only reads the form: a code outside its list or a date that is not {@code YYYY-MM-DD} is refused here, at its
 * field; everything else is checked when the application assesses the request with the step.
 */
final class StepForm {

    /** The kinds of step, each with its own form. */
    enum Kind {
        DECISION, CONSULTATION, DEVIATION, RISK
    }

    /** A field that cannot be read, with the key of the message saying why. */
    record Problem(String field, String messageKey) {
    }

    private final Kind kind;
    private final Function<String, String> param;
    private final List<Problem> problems = new ArrayList<>();

    private StepForm(Kind kind, Function<String, String> param) {
        this.kind = kind;
        this.param = param;
    }

    /** The step form of {@code kind} ({@code null} when the kind is not one kumo knows). */
    static StepForm of(String kind, Function<String, String> param) {
        for (Kind k : Kind.values()) {
            if (k.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                return new StepForm(k, param);
            }
        }
        return null;
    }

    Kind kind() {
        return kind;
    }

    /** The problems found while reading the form (after {@link #step}). */
    List<Problem> problems() {
        return problems;
    }

    /** The values as posted, for showing the form again. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("field", "outcome", "rationale", "decidedBy", "decidedOn", "stage", "heldOn", "view",
                "viewSummary", "resolution", "resolvedOn", "recordedBy", "requirementId", "justifiedByFlowDesign",
                "riskId", "treatment", "expiresOn")) {
            String v = param.apply(name);
            if (v != null) {
                values.put(name, v);
            }
        }
        return values;
    }

    /**
     * The step, or {@code null} when a field cannot be read ({@link #problems()} says which).
     *
     * @param format the stored request's format: a deviation's approval is a decision in format 2, the approver
     *               and date in format 1
     */
    CityStep step(int format) {
        CityStep step = switch (kind) {
            case DECISION -> new CityStep.Decision(required("field"), decision());
            case CONSULTATION -> new CityStep.Consultation(new ConsultationDto(code("stage", ConsultationStage.class),
                    date("heldOn"), code("view", AdvisorView.class), text("viewSummary"), text("resolution"),
                    date("resolvedOn"), text("recordedBy")));
            case DEVIATION -> deviation(format);
            case RISK -> new CityStep.RiskDecision(new RiskDecisionDto(required("riskId"),
                    code("treatment", Treatment.class), text("rationale"), text("decidedBy"), date("decidedOn"),
                    date("expiresOn"), null));
        };
        return problems.isEmpty() ? step : null;
    }

    private CityStep deviation(int format) {
        DecisionDto approval = decision();
        Boolean flowDesign = yesNo("justifiedByFlowDesign");
        String requirement = required("requirementId");
        if (format == 1) {
            boolean approved = approval.outcome() == Outcome.YES;
            return new CityStep.Deviation(new DeviationDto(requirement, text("rationale"), flowDesign,
                    approved ? approval.decidedBy() : null, approved ? approval.decidedOn() : null));
        }
        return new CityStep.Deviation(new DeviationDto(requirement, text("rationale"), flowDesign, null, null,
                approval));
    }

    private DecisionDto decision() {
        return new DecisionDto(code("outcome", Outcome.class), text("rationale"), text("decidedBy"), date("decidedOn"));
    }

    private String text(String name) {
        String v = param.apply(name);
        return v == null || v.isBlank() ? null : v;
    }

    private String required(String name) {
        String v = text(name);
        if (v == null) {
            problems.add(new Problem(name, "steps.error.required"));
        }
        return v == null ? "" : v.strip();
    }

    private LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, "steps.error.date"));
            return null;
        }
    }

    private Boolean yesNo(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        problems.add(new Problem(name, "steps.error.choice"));
        return null;
    }

    private <E extends Enum<E>> E code(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v.strip())) {
                return e;
            }
        }
        problems.add(new Problem(name, "steps.error.choice"));
        return null;
    }
}
