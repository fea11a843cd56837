package kumo.adapters.web.ui.assess;

import java.util.List;
import java.util.Map;

import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.assess.AssessRoutes.Outcome;
import kumo.adapters.web.ui.assess.QuickForm.Field;
import kumo.application.records.ServiceRecord;
import kumo.domain.catalogue.Catalogue;

/**
 * Lays out the quick assessment: the form in three steps (each field labelled, its problems next to it and in a
 * summary at the top, as the Digital Agency's guidance for forms asks) and the verdict panel beside it.
 */
final class AssessPage {

    private static final String[] STEP_KEYS = {"assess.step.information", "assess.step.service", "assess.step.plan"};

    private final Catalogue catalogue;
    private final UiTexts texts;

    AssessPage(Catalogue catalogue, UiTexts texts) {
        this.catalogue = catalogue;
        this.texts = texts;
    }

    /** The whole content of the page. */
    Html form(QuickForm form, List<ServiceRecord> services, Outcome outcome) {
        Map<String, List<String>> errors = outcome == null ? Map.of() : outcome.fieldErrors();
        Html h = new Html().raw("<p class=\"lead\">").text(texts.get("assess.lead")).raw("</p>\n");
        if (outcome != null && outcome.failed()) {
            h.append(errorSummary(outcome));
        }
        h.raw("<div class=\"assess\">\n<form id=\"quick-form\" class=\"assess-form\" method=\"get\" action=\"/\" ")
                .raw("novalidate data-panel=\"/assess/panel\">\n");
        for (int step = 1; step <= 3; step++) {
            h.raw("<fieldset class=\"step\"><legend><span class=\"step-no\">").text(step).raw("</span> ")
                    .text(texts.get(STEP_KEYS[step - 1])).raw("</legend>\n");
            if (step == 2) {
                h.append(storedServices(form, services, errors));
                h.raw("<fieldset class=\"typed-service\"><legend>").text(texts.get("assess.service.typed"))
                        .raw("</legend>\n");
            }
            for (Field f : QuickForm.FIELDS) {
                if (f.step() == step) {
                    h.append(field(f, form.value(f.name()), errors.get(f.name())));
                }
            }
            if (step == 2) {
                h.raw("</fieldset>\n");
            }
            h.raw("</fieldset>\n");
        }
        h.raw("<div class=\"form-actions\"><button type=\"submit\">").text(texts.get("assess.submit"))
                .raw("</button> <button type=\"submit\" class=\"secondary\" formmethod=\"post\" ")
                .raw("formaction=\"/assess/record\">").text(texts.get("assess.record")).raw("</button></div>\n")
                .raw("</form>\n<aside class=\"result-panel\" aria-labelledby=\"result-heading\">\n<h2 id=\"result-heading\">")
                .text(texts.get("assess.result.heading")).raw("</h2>\n")
                .raw("<p id=\"result-live\" class=\"visually-hidden\" aria-live=\"polite\"></p>\n")
                .raw("<div id=\"result\" class=\"result\" tabindex=\"0\" role=\"region\"")
                .attr("aria-label", texts.get("assess.result.heading")).raw(">\n")
                .append(panel(outcome)).raw("</div>\n</aside>\n</div>\n");
        return h;
    }

    /** The panel's content: the result, the problems, or what to fill in first. */
    Html panel(Outcome outcome) {
        Html h = new Html();
        if (outcome == null) {
            return h.raw("<p class=\"empty-result\">").text(texts.get("assess.result.empty")).raw("</p>\n");
        }
        if (outcome.failed()) {
            h.raw("<div class=\"panel-errors\"><p class=\"error-message\">").text(texts.get("assess.error.panel"))
                    .raw("</p><ul>");
            outcome.fieldErrors().forEach((field, messages) -> messages.forEach(m -> h.raw("<li")
                    .attr("data-field-error", field).raw("><a").attr("href", "#" + field).raw(">")
                    .text(label(field)).raw("</a>: ").text(m).raw("</li>")));
            outcome.otherErrors().forEach(m -> h.raw("<li>").text(m).raw("</li>"));
            return h.raw("</ul></div>\n");
        }
        return h.append(new ResultPanel(catalogue, texts).full(outcome.view()));
    }

    private Html errorSummary(Outcome outcome) {
        Html h = new Html().raw("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"error-summary\">")
                .raw("<h2>").text(texts.get("assess.error.summary")).raw("</h2><ul>");
        outcome.fieldErrors().forEach((field, messages) -> messages.forEach(m -> h.raw("<li><a")
                .attr("href", "#" + field).raw(">").text(label(field)).raw("</a>: ").text(m).raw("</li>")));
        outcome.otherErrors().forEach(m -> h.raw("<li>").text(m).raw("</li>"));
        return h.raw("</ul></div>\n");
    }

    private Html storedServices(QuickForm form, List<ServiceRecord> services, Map<String, List<String>> errors) {
        String name = QuickForm.STORED_SERVICE;
        List<String> fieldErrors = errors.get(name);
        Html h = new Html().raw("<div class=\"field\"><label").attr("for", name).raw(">")
                .text(texts.get("assess.field." + name)).raw("</label>\n<p class=\"hint\"").attr("id", "hint-" + name)
                .raw(">").text(texts.get("assess.hint." + name)).raw("</p>\n");
        h.append(errorHolder(name, fieldErrors));
        h.raw("<select").attr("id", name).attr("name", name).append(describedBy(name, fieldErrors)).raw(">")
                .raw("<option value=\"\">").text(texts.get("assess.service.none")).raw("</option>");
        String chosen = form.value(name);
        for (ServiceRecord s : services) {
            h.raw("<option").attr("value", s.id());
            if (s.id().equals(chosen)) {
                h.raw(" selected");
            }
            String provider = s.profile().provider();
            h.raw(">").text(s.profile().name() == null ? s.id() : s.profile().name());
            if (provider != null) {
                h.text(" — ").text(provider);
            }
            h.raw("</option>");
        }
        return h.raw("</select></div>\n");
    }

    private Html field(Field f, String value, List<String> fieldErrors) {
        String name = f.name();
        Html h = new Html();
        switch (f.kind()) {
            case TEXT -> {
                h.raw("<div class=\"field\"><label").attr("for", name).raw(">").text(label(name)).raw("</label>\n")
                        .append(hint(name)).append(errorHolder(name, fieldErrors))
                        .raw("<input type=\"text\" maxlength=\"2000\"").attr("id", name).attr("name", name)
                        .attr("value", value).append(describedBy(name, fieldErrors)).raw("></div>\n");
            }
            case CHOICE -> {
                h.raw("<div class=\"field\"><label").attr("for", name).raw(">").text(label(name)).raw("</label>\n")
                        .append(hint(name)).append(errorHolder(name, fieldErrors))
                        .raw("<select").attr("id", name).attr("name", name).append(describedBy(name, fieldErrors))
                        .raw("><option value=\"\">").text(texts.get("assess.choice.unknown")).raw("</option>");
                for (String code : f.options()) {
                    h.raw("<option").attr("value", code);
                    if (code.equals(value)) {
                        h.raw(" selected");
                    }
                    h.raw(">").text(option(f, code)).raw("</option>");
                }
                h.raw("</select></div>\n");
            }
            case YES_NO -> {
                h.raw("<fieldset class=\"field yes-no\"").attr("id", name).append(describedBy(name, null))
                        .raw("><legend>").text(label(name)).raw("</legend>\n").append(hint(name))
                        .append(errorHolder(name, fieldErrors));
                String[][] choices = {{"true", "assess.yes"}, {"false", "assess.no"}, {"", "assess.unknown"}};
                for (String[] c : choices) {
                    String id = name + "-" + (c[0].isEmpty() ? "unknown" : c[0]);
                    h.raw("<span class=\"radio\"><input type=\"radio\"").attr("id", id).attr("name", name)
                            .attr("value", c[0]);
                    if (c[0].equals(value.strip())) {
                        h.raw(" checked");
                    }
                    h.raw("><label").attr("for", id).raw(">").text(texts.get(c[1])).raw("</label></span>\n");
                }
                h.raw("</fieldset>\n");
            }
            default -> throw new IllegalStateException(f.kind().name());
        }
        return h;
    }

    private Html hint(String name) {
        String key = "assess.hint." + name;
        return hasText(key) ? new Html().raw("<p class=\"hint\"").attr("id", "hint-" + name).raw(">").text(texts.get(key))
                .raw("</p>\n") : new Html();
    }

    /** Where a field's problems are shown: always present (empty and hidden when none), for the script to fill. */
    private Html errorHolder(String name, List<String> fieldErrors) {
        Html h = new Html().raw("<p class=\"field-error error-message\"").attr("id", "error-" + name);
        if (fieldErrors == null || fieldErrors.isEmpty()) {
            return h.raw(" hidden></p>\n");
        }
        h.raw(">");
        boolean first = true;
        for (String m : fieldErrors) {
            if (!first) {
                h.raw("<br>");
            }
            first = false;
            h.text(label(name)).text(": ").text(m);
        }
        return h.raw("</p>\n");
    }

    private Html describedBy(String name, List<String> fieldErrors) {
        String ids = (hasText("assess.hint." + name) ? "hint-" + name + " " : "") + "error-" + name;
        Html h = new Html().attr("aria-describedby", ids);
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            h.raw(" aria-invalid=\"true\"");
        }
        return h;
    }

    private String label(String field) {
        return texts.get("assess.field." + field);
    }

    /** An option's words: the catalogue's where it has them ({@code networkPath.IP_VPN}), else the UI's. */
    private String option(Field f, String code) {
        String words = catalogue.texts().find(texts.language(), f.optionWords() + "." + code);
        return words != null ? words : texts.get("assess.opt." + code);
    }

    private boolean hasText(String key) {
        try {
            texts.get(key);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
