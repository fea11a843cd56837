package kumo.adapters.web.ui.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import kumo.adapters.web.UiRoutes;
import kumo.adapters.web.WebLanguage;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.Page;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.assess.ResultPanel;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.CityStep;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.StaleAssessmentException;
import kumo.application.records.port.in.RecordCityStepUseCase.StepToRecord;
import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.PageRequest;
import kumo.application.records.Recorded;
import kumo.application.records.StoreException;
import kumo.application.view.ResultView;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/**
 * The recorded assessments: {@code /assessments} (newest first, paged, filtered by verdict) and
 * {@code /assessments/{id}} (the result as recorded, the system's earlier assessments and its recorded
 * decisions). A bad page number or verdict is a 400 naming the parameter; an unknown id a 404.
 */
public final class RecordRoutes {

    /** Rows per page of the list. */
    static final int PAGE_SIZE = 20;

    private RecordRoutes() {
    }

    public static void register(JavalinConfig config, WebWiring wiring) {
        config.routes.get("/assessments", ctx -> list(ctx, wiring));
        config.routes.get("/assessments/{id}", ctx -> show(ctx, wiring, null, List.of()));
        config.routes.post("/assessments/{id}/steps", ctx -> step(ctx, wiring));
        // a refusal answered to the POST may be asked for again by GET, e.g. by the language switch
        config.routes.get("/assessments/{id}/steps", ctx -> ctx.redirect("/assessments/"
                + Page.query(ctx.pathParam("id")), HttpStatus.SEE_OTHER));
    }

    private static void list(Context ctx, WebWiring wiring) {
        UiTexts texts = texts(ctx, wiring);
        Catalogue catalogue = wiring.catalogue();
        Html body = new Html();
        String verdict = blankToNull(ctx.queryParam("verdict"));
        Integer page = pageNumber(ctx.queryParam("page"));
        boolean badVerdict = verdict != null && java.util.Arrays.stream(Verdict.values())
                .noneMatch(v -> v.name().equals(verdict));
        body.append(filter(texts, catalogue, verdict, badVerdict || page == null));
        if (badVerdict || page == null) {
            ctx.status(HttpStatus.BAD_REQUEST);
            body.raw("<p class=\"error-message\" role=\"alert\">").text(badVerdict
                    ? texts.get("record.error.verdict") : texts.get("record.error.page")).raw("</p>\n");
            UiRoutes.page(ctx, wiring, "record.list.title", body);
            return;
        }
        kumo.application.records.Page<AssessmentSummary> rows;
        try {
            rows = wiring.store().listAssessments().list(new AssessmentQuery(null, null, verdict),
                    new PageRequest(page, PAGE_SIZE));
        } catch (StoreException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            body.raw("<p class=\"error-message\" role=\"alert\">").text(e.text().in(texts.language())).raw("</p>\n");
            UiRoutes.page(ctx, wiring, "record.list.title", body);
            return;
        }
        if (rows.items().isEmpty()) {
            body.raw("<p>").text(texts.get("record.list.none")).raw("</p>\n");
        } else {
            body.raw("<p>").text(texts.get("record.list.count", rows.total())).raw("</p>\n")
                    .raw("<table class=\"assessments\"><thead><tr><th scope=\"col\">").text(texts.get("record.col.system"))
                    .raw("</th><th scope=\"col\">").text(texts.get("record.col.service"))
                    .raw("</th><th scope=\"col\">").text(texts.get("record.col.verdict"))
                    .raw("</th><th scope=\"col\">").text(texts.get("record.col.date"))
                    .raw("</th><th scope=\"col\">").text(texts.get("record.col.by"))
                    .raw("</th></tr></thead><tbody>\n");
            for (AssessmentSummary s : rows.items()) {
                body.raw("<tr><td><a").attr("href", "/assessments/" + Page.query(s.id())).raw(">").text(s.systemId())
                        .raw("</a></td><td>").text(s.serviceId()).raw("</td><td class=\"verdict-cell verdict-")
                        .raw(code(s.verdict())).raw("\">").text(verdictWords(catalogue, texts, s.verdict()))
                        .raw("</td><td>").text(s.assessmentDate()).raw("</td><td>").text(s.recordedBy())
                        .raw("</td></tr>\n");
            }
            body.raw("</tbody></table>\n");
            body.append(pager(texts, rows, verdict));
        }
        UiRoutes.page(ctx, wiring, "record.list.title", body);
    }

    private static Html filter(UiTexts texts, Catalogue catalogue, String verdict, boolean invalid) {
        Html h = new Html().raw("<form class=\"filter\" method=\"get\" action=\"/assessments\"><label for=\"verdict\">")
                .text(texts.get("record.filter.verdict")).raw("</label><select id=\"verdict\" name=\"verdict\"");
        if (invalid) {
            h.raw(" aria-invalid=\"true\"");
        }
        h.raw("><option value=\"\">").text(texts.get("record.filter.all")).raw("</option>");
        for (Verdict v : Verdict.values()) {
            h.raw("<option").attr("value", v.name());
            if (v.name().equals(verdict)) {
                h.raw(" selected");
            }
            h.raw(">").text(verdictWords(catalogue, texts, v.name())).raw("</option>");
        }
        return h.raw("</select> <button type=\"submit\">").text(texts.get("record.filter.apply"))
                .raw("</button></form>\n");
    }

    private static Html pager(UiTexts texts, kumo.application.records.Page<AssessmentSummary> rows, String verdict) {
        Html h = new Html().raw("<nav class=\"pager\"").attr("aria-label", texts.get("record.pager")).raw("><p>");
        String filter = verdict == null ? "" : "&verdict=" + Page.query(verdict);
        if (rows.page() > 1) {
            h.raw("<a").attr("href", "/assessments?page=" + (rows.page() - 1) + filter).attr("rel", "prev").raw(">")
                    .text(texts.get("record.pager.previous")).raw("</a> ");
        }
        long pages = Math.max(1, (rows.total() + rows.size() - 1) / rows.size());
        h.text(texts.get("record.pager.position", rows.page(), pages));
        if (rows.hasNext()) {
            h.raw(" <a").attr("href", "/assessments?page=" + (rows.page() + 1) + filter).attr("rel", "next").raw(">")
                    .text(texts.get("record.pager.next")).raw("</a>");
        }
        return h.raw("</p></nav>\n");
    }

    /**
     * Records one of the city's steps on the assessment (post/redirect/get): on success, a redirect to the
     * re-assessment it produced; a field that cannot be used is shown at its field (422), a step recorded by
     * someone else meanwhile as a conflict (409) with a link to the latest assessment.
     */
    private static void step(Context ctx, WebWiring wiring) {
        UiTexts texts = texts(ctx, wiring);
        String id = ctx.pathParam("id");
        StepForm form = StepForm.of(ctx.formParam("kind"), ctx::formParam);
        if (form == null) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, wiring, null, List.of(texts.get("steps.error.kind")));
            return;
        }
        Optional<AssessmentRecord> found = find(wiring, id);
        if (found.isEmpty()) {
            show(ctx, wiring, null, List.of());
            return;
        }
        int format = wiring.documents().readRequest(found.get().requestJson()).format();
        CityStep step = form.step(format);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (step == null) {
            form.problems().forEach(p -> errors.computeIfAbsent(p.field(), f -> new ArrayList<>())
                    .add(texts.get(p.messageKey())));
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, wiring, new StepsSection.Posted(form.kind(), form.values(), errors), List.of());
            return;
        }
        String expected = blankToNull(ctx.formParam("expected"));
        List<String> general = new ArrayList<>();
        try {
            RecordedAssessment recorded = wiring.store().recordCityStep().record(
                    new StepToRecord(id, expected, step, null, null), new Actor(wiring.actor()));
            ctx.redirect("/assessments/" + Page.query(recorded.summary().id()) + "?step=" + form.kind().name()
                    .toLowerCase(java.util.Locale.ROOT), HttpStatus.SEE_OTHER);
            return;
        } catch (InvalidDocumentException e) {
            Map<String, String> values = form.values();
            for (Violation v : e.violations()) {
                String field = v.path().replaceAll("\\[\\d+\\]$", "");
                field = field.substring(field.lastIndexOf('.') + 1);
                String message = v.message().in(texts.language());
                if (values.containsKey(field) || "field".equals(field)) {
                    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
                } else {
                    general.add(v.path() + ": " + message);
                }
            }
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (StaleAssessmentException e) {
            ctx.status(HttpStatus.CONFLICT);
            general.add(texts.get("steps.error.conflict"));
            if (e.latestId() != null) {
                general.add(texts.get("steps.error.latest", e.latestId()));
            }
        } catch (StoreException e) {
            ctx.status(e.reason() == StoreException.Reason.NOT_FOUND ? HttpStatus.NOT_FOUND
                    : e.reason() == StoreException.Reason.CONFLICT ? HttpStatus.CONFLICT
                    : e.reason() == StoreException.Reason.INVALID ? HttpStatus.UNPROCESSABLE_CONTENT
                    : HttpStatus.SERVICE_UNAVAILABLE);
            general.add(e.text().in(texts.language()));
        }
        show(ctx, wiring, new StepsSection.Posted(form.kind(), form.values(), errors), general);
    }

    private static Optional<AssessmentRecord> find(WebWiring wiring, String id) {
        try {
            return wiring.store().showAssessment().find(id);
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    private static void show(Context ctx, WebWiring wiring, StepsSection.Posted posted, List<String> problems) {
        UiTexts texts = texts(ctx, wiring);
        Catalogue catalogue = wiring.catalogue();
        String id = ctx.pathParam("id");
        Optional<AssessmentRecord> found = find(wiring, id);
        Html body = new Html();
        if (found.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            body.raw("<p class=\"error-message\" role=\"alert\">").text(texts.get("record.error.notFound", id))
                    .raw("</p>\n<p><a href=\"/assessments\">").text(texts.get("record.back")).raw("</a></p>\n");
            UiRoutes.page(ctx, wiring, "record.show.title", body);
            return;
        }
        AssessmentRecord record = found.get();
        AssessmentSummary s = record.summary();
        if (ctx.queryParam("recorded") != null) {
            body.raw("<p class=\"notice\" role=\"status\">").text(texts.get("record.show.recorded")).raw("</p>\n");
        }
        if (ctx.queryParam("step") != null) {
            body.raw("<p class=\"notice\" role=\"status\">").text(texts.get("steps.recorded")).raw("</p>\n");
        }
        if (!problems.isEmpty()) {
            body.raw("<div class=\"error-summary\" role=\"alert\"><h2>").text(texts.get("steps.error.summary"))
                    .raw("</h2><ul>");
            problems.forEach(p -> body.raw("<li>").text(p).raw("</li>"));
            body.raw("</ul></div>\n");
        } else if (posted != null) {
            body.raw("<div class=\"error-summary\" role=\"alert\"><h2>").text(texts.get("steps.error.summary"))
                    .raw("</h2><p><a").attr("href", "#step-" + posted.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .raw(">").text(texts.get("steps.error.seeForm")).raw("</a></p></div>\n");
        }
        body.raw("<dl class=\"record-head\"><dt>").text(texts.get("record.col.system")).raw("</dt><dd class=\"system-id\">")
                .text(s.systemId()).raw("</dd><dt>").text(texts.get("record.col.service")).raw("</dt><dd>")
                .text(s.serviceId()).raw("</dd><dt>").text(texts.get("record.col.date")).raw("</dt><dd>")
                .text(s.assessmentDate()).raw("</dd><dt>").text(texts.get("record.col.by")).raw("</dt><dd>")
                .text(s.recordedBy()).raw(" (").text(s.recordedAt()).raw(")</dd><dt>")
                .text(texts.get("record.col.id")).raw("</dt><dd>").text(s.id()).raw("</dd>");
        if (s.previousId() != null) {
            body.raw("<dt>").text(texts.get("record.col.previous")).raw("</dt><dd><a")
                    .attr("href", "/assessments/" + Page.query(s.previousId())).raw(">").text(s.previousId())
                    .raw("</a></dd>");
        }
        body.raw("</dl>\n<p><a href=\"#steps\">").text(texts.get("steps.title")).raw("</a></p>\n");
        ResultView view = ResultView.of(wiring.documents().readResult(record.resultJson()), catalogue);
        body.raw("<section class=\"recorded-result\" aria-labelledby=\"recorded-result\"><h2 id=\"recorded-result\">")
                .text(texts.get("assess.result.heading")).raw("</h2>\n")
                .append(new ResultPanel(catalogue, texts).full(view)).raw("</section>\n");
        body.append(new StepsSection(texts, catalogue).render(s.id(), view, posted));
        body.append(history(texts, catalogue, wiring, s));
        UiRoutes.page(ctx, wiring, "record.show.title", body);
    }

    /** The system's other assessments and the decisions recorded for it over time. */
    private static Html history(UiTexts texts, Catalogue catalogue, WebWiring wiring, AssessmentSummary s) {
        Html h = new Html().raw("<section class=\"history\" aria-labelledby=\"history\"><h2 id=\"history\">")
                .text(texts.get("record.history")).raw("</h2>\n");
        try {
            List<AssessmentSummary> earlier = wiring.store().listAssessments()
                    .list(new AssessmentQuery(s.systemId(), null, null), new PageRequest(1, 50)).items();
            h.raw("<ol class=\"history-list\">");
            for (AssessmentSummary e : earlier) {
                h.raw("<li>");
                if (e.id().equals(s.id())) {
                    h.raw("<strong aria-current=\"true\">").text(e.assessmentDate()).raw(" ")
                            .text(verdictWords(catalogue, texts, e.verdict())).raw("</strong>");
                } else {
                    h.raw("<a").attr("href", "/assessments/" + Page.query(e.id())).raw(">").text(e.assessmentDate())
                            .raw(" ").text(verdictWords(catalogue, texts, e.verdict())).raw("</a>");
                }
                h.raw(" — ").text(e.serviceId()).raw(" · ").text(e.recordedBy()).raw("</li>");
            }
            h.raw("</ol>\n");
            List<Recorded<AssessmentIndex.RiskDecisionRow>> risks = wiring.store().showSystemHistory()
                    .riskDecisions(s.systemId());
            List<Recorded<AssessmentIndex.ConsultationRow>> consultations = wiring.store().showSystemHistory()
                    .consultations(s.systemId());
            h.raw("<p>").text(texts.get("record.history.decisions", risks.size(), consultations.size())).raw("</p>\n");
        } catch (StoreException e) {
            h.raw("<p class=\"error-message\">").text(e.text().in(texts.language())).raw("</p>\n");
        }
        return h.raw("</section>\n");
    }

    static String verdictWords(Catalogue catalogue, UiTexts texts, String code) {
        String words = catalogue.texts().find(texts.language(), "verdict." + code);
        return words == null ? code : words;
    }

    private static String code(String code) {
        return code == null ? "" : code.replaceAll("[^A-Za-z0-9_]", "");
    }

    /** The page asked for: 1 when absent, {@code null} when it is not a whole number from 1 to 100000. */
    private static Integer pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            return page >= 1 && page <= 100_000 ? page : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UiTexts texts(Context ctx, WebWiring wiring) {
        Language language = WebLanguage.of(ctx, wiring.language());
        return UiTexts.of(language);
    }
}
