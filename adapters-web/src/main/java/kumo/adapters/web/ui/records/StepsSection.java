package kumo.adapters.web.ui.records;

import java.util.List;
import java.util.Map;

import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.records.StepForm.Kind;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.records.CityStep;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.plan.Outcome;
import kumo.domain.plan.Treatment;

/**
 * The forms of the city's steps on a recorded assessment: a decision (evaluation, review, confirmation, the reason
 * for not choosing from the ISMAP list …), a consultation with the CIO advisor, a deviation and its approval, and a
 * risk decision. Each posts to {@code /assessments/{id}/steps} with the assessment it was taken on, so a step
 * recorded by someone else meanwhile is a conflict rather than a silent overwrite.
 */
final class StepsSection {

    /** What a form shows again after a refusal: its kind, the values posted, the problems by field. */
    record Posted(Kind kind, Map<String, String> values, Map<String, List<String>> errors) {
    }

    private final UiTexts texts;
    private final Catalogue catalogue;

    StepsSection(UiTexts texts, Catalogue catalogue) {
        this.texts = texts;
        this.catalogue = catalogue;
    }

    Html render(String assessmentId, ResultView view, Posted posted) {
        Html h = new Html().raw("<section class=\"steps-forms\" aria-labelledby=\"steps\"><h2 id=\"steps\">")
                .text(texts.get("steps.title")).raw("</h2>\n<p>").text(texts.get("steps.lead")).raw("</p>\n");
        h.append(form(Kind.DECISION, assessmentId, posted, decisionFields(posted)));
        h.append(form(Kind.CONSULTATION, assessmentId, posted, consultationFields(posted)));
        h.append(form(Kind.DEVIATION, assessmentId, posted, deviationFields(view, posted)));
        h.append(form(Kind.RISK, assessmentId, posted, riskFields(view, posted)));
        return h.raw("</section>\n");
    }

    private Html form(Kind kind, String assessmentId, Posted posted, Html fields) {
        String k = kind.name().toLowerCase(java.util.Locale.ROOT);
        Html h = new Html().raw("<details class=\"step-form\"").attr("id", "step-" + k);
        if (posted != null && posted.kind() == kind) {
            h.raw(" open");
        }
        h.raw("><summary>").text(texts.get("steps." + k + ".title")).raw("</summary>\n<form method=\"post\"")
                .attr("action", "/assessments/" + Page.query(assessmentId) + "/steps").raw(">")
                .raw("<input type=\"hidden\" name=\"kind\"").attr("value", k).raw(">")
                .raw("<input type=\"hidden\" name=\"expected\"").attr("value", assessmentId).raw(">\n")
                .append(fields).raw("<div class=\"form-actions\"><button type=\"submit\">")
                .text(texts.get("steps." + k + ".submit")).raw("</button></div></form></details>\n");
        return h;
    }

    private Html decisionFields(Posted posted) {
        Html h = new Html();
        List<String> fields = CityStep.Decision.FIELDS;
        h.append(select(Kind.DECISION, "field", fields, code -> texts.get("steps.decision.field." + code), posted, false));
        h.append(select(Kind.DECISION, "outcome", codes(Outcome.values()), code -> texts.get("steps.outcome." + code),
                posted, true));
        return h.append(textarea(Kind.DECISION, "rationale", posted)).append(input(Kind.DECISION, "decidedBy", "text", posted))
                .append(input(Kind.DECISION, "decidedOn", "date", posted));
    }

    private Html consultationFields(Posted posted) {
        return new Html()
                .append(select(Kind.CONSULTATION, "stage", codes(ConsultationStage.values()),
                        code -> texts.get("steps.stage." + code), posted, false))
                .append(input(Kind.CONSULTATION, "heldOn", "date", posted))
                .append(select(Kind.CONSULTATION, "view", codes(AdvisorView.values()),
                        code -> texts.get("steps.view." + code), posted, true))
                .append(textarea(Kind.CONSULTATION, "viewSummary", posted))
                .append(textarea(Kind.CONSULTATION, "resolution", posted))
                .append(input(Kind.CONSULTATION, "resolvedOn", "date", posted))
                .append(input(Kind.CONSULTATION, "recordedBy", "text", posted));
    }

    private Html deviationFields(ResultView view, Posted posted) {
        List<String> deviable = view.result().findings().stream().filter(FindingEntry::deviable).map(FindingEntry::id)
                .toList();
        return new Html()
                .append(select(Kind.DEVIATION, "requirementId", deviable, id -> id + " " + view.title(id)
                        .map(t -> t.in(texts.language())).orElse(""), posted, false))
                .append(textarea(Kind.DEVIATION, "rationale", posted))
                .append(select(Kind.DEVIATION, "justifiedByFlowDesign", List.of("true", "false"),
                        v -> texts.get(v.equals("true") ? "assess.yes" : "assess.no"), posted, true))
                .append(select(Kind.DEVIATION, "outcome", codes(Outcome.values()),
                        code -> texts.get("steps.approval." + code), posted, true))
                .append(input(Kind.DEVIATION, "decidedBy", "text", posted))
                .append(input(Kind.DEVIATION, "decidedOn", "date", posted));
    }

    private Html riskFields(ResultView view, Posted posted) {
        List<String> risks = view.result().risks().stream().filter(ResultView::openOrDecided).map(RiskEntryText::id)
                .toList();
        return new Html()
                .append(select(Kind.RISK, "riskId", risks, id -> id + " " + view.title(id)
                        .map(t -> t.in(texts.language())).orElse(""), posted, false))
                .append(select(Kind.RISK, "treatment", codes(Treatment.values()), code -> {
                    String words = catalogue.texts().find(texts.language(), "treatment." + code);
                    return words == null ? code : words;
                }, posted, true))
                .append(textarea(Kind.RISK, "rationale", posted))
                .append(input(Kind.RISK, "decidedBy", "text", posted))
                .append(input(Kind.RISK, "decidedOn", "date", posted))
                .append(input(Kind.RISK, "expiresOn", "date", posted));
    }

    // ---------------------------------------------------------------- controls

    private Html select(Kind kind, String name, List<String> options, java.util.function.Function<String, String> label,
            Posted posted, boolean unknownAllowed) {
        String id = id(kind, name);
        String value = value(kind, name, posted);
        Html h = open(kind, name, posted).raw("<select").attr("id", id).attr("name", name).append(described(kind, name, posted))
                .raw(">");
        h.raw("<option value=\"\">").text(texts.get(unknownAllowed ? "assess.choice.unknown" : "steps.choose"))
                .raw("</option>");
        for (String o : options) {
            h.raw("<option").attr("value", o);
            if (o.equals(value)) {
                h.raw(" selected");
            }
            h.raw(">").text(label.apply(o)).raw("</option>");
        }
        return h.raw("</select></div>\n");
    }

    private Html input(Kind kind, String name, String type, Posted posted) {
        return open(kind, name, posted).raw("<input").attr("type", type).attr("id", id(kind, name)).attr("name", name)
                .attr("value", value(kind, name, posted)).append(described(kind, name, posted)).raw("></div>\n");
    }

    private Html textarea(Kind kind, String name, Posted posted) {
        return open(kind, name, posted).raw("<textarea rows=\"3\" maxlength=\"2000\"").attr("id", id(kind, name))
                .attr("name", name).append(described(kind, name, posted)).raw(">").text(value(kind, name, posted))
                .raw("</textarea></div>\n");
    }

    /** The field's wrapper, label, hint and problems. */
    private Html open(Kind kind, String name, Posted posted) {
        Html h = new Html().raw("<div class=\"field\"><label").attr("for", id(kind, name)).raw(">")
                .text(texts.get("steps.field." + name)).raw("</label>\n");
        List<String> errors = errors(kind, name, posted);
        if (!errors.isEmpty()) {
            h.raw("<p class=\"field-error error-message\"").attr("id", "error-" + id(kind, name)).raw(">");
            for (String e : errors) {
                h.text(texts.get("steps.field." + name)).text(": ").text(e).raw("<br>");
            }
            h.raw("</p>\n");
        }
        return h;
    }

    private Html described(Kind kind, String name, Posted posted) {
        if (errors(kind, name, posted).isEmpty()) {
            return new Html();
        }
        return new Html().attr("aria-describedby", "error-" + id(kind, name)).raw(" aria-invalid=\"true\"");
    }

    private static List<String> errors(Kind kind, String name, Posted posted) {
        if (posted == null || posted.kind() != kind) {
            return List.of();
        }
        return posted.errors().getOrDefault(name, List.of());
    }

    private static String value(Kind kind, String name, Posted posted) {
        if (posted == null || posted.kind() != kind) {
            return "";
        }
        return posted.values().getOrDefault(name, "");
    }

    private static String id(Kind kind, String name) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + name;
    }

    private static List<String> codes(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
