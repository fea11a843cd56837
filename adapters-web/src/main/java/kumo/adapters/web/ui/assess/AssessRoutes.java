package kumo.adapters.web.ui.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import kumo.adapters.web.UiRoutes;
import kumo.adapters.web.WebLanguage;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.Html;
import kumo.adapters.web.ui.UiTexts;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.Actor;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.ServiceRecord;
import kumo.application.records.StoreException;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;

/**
 * The quick assessment at {@code /}: the form in three steps and the verdict panel beside it.
 *
 * <ul>
 * <li>{@code GET /}: the page; with the form's fields in the query (the submit button without JavaScript) the
 * panel shows their result;</li>
 * <li>{@code POST /assess/panel}: the panel alone, as an HTML fragment, for {@code /static/assess.js};</li>
 * <li>{@code POST /assess/record}: assesses and records the form's request, then redirects to the recorded
 * assessment (post/redirect/get).</li>
 * </ul>
 * The form becomes a request document ({@link QuickForm}), which goes through the same application path as the
 * CLI: {@code Documents} reads and checks it, {@code AssessUseCase} assesses it, {@code recordAssessment} stores
 * it. A problem is shown next to the field it came from, in the page's language, with status 422.
 */
public final class AssessRoutes {

    /** The most stored services offered in the form's list. */
    static final int SERVICES_LISTED = 200;

    private AssessRoutes() {
    }

    public static void register(JavalinConfig config, WebWiring wiring) {
        config.routes.get("/", ctx -> page(ctx, wiring));
        config.routes.post("/assess/panel", ctx -> panel(ctx, wiring));
        config.routes.post("/assess/record", ctx -> record(ctx, wiring));
        // a page answered to a POST (a refusal) may be asked for again by GET, e.g. by the language switch
        config.routes.get("/assess/record", ctx -> ctx.redirect("/", HttpStatus.SEE_OTHER));
        config.routes.get("/assess/panel", ctx -> ctx.redirect("/", HttpStatus.SEE_OTHER));
    }

    /** What the form gave: the request's result, or the problems found, by field. */
    record Outcome(ResultView view, Map<String, List<String>> fieldErrors, List<String> otherErrors) {

        boolean failed() {
            return !fieldErrors.isEmpty() || !otherErrors.isEmpty();
        }
    }

    private static void page(Context ctx, WebWiring wiring) {
        UiTexts texts = texts(ctx, wiring);
        QuickForm form = QuickForm.of(ctx::queryParam);
        Outcome outcome = form.isBlank() ? null : assess(form, wiring, texts);
        render(ctx, wiring, texts, form, outcome);
    }

    private static void panel(Context ctx, WebWiring wiring) {
        UiTexts texts = texts(ctx, wiring);
        QuickForm form = QuickForm.of(ctx::formParam);
        Outcome outcome = assess(form, wiring, texts);
        ctx.status(outcome.failed() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(new AssessPage(wiring.catalogue(), texts).panel(outcome).toString());
    }

    private static void record(Context ctx, WebWiring wiring) {
        UiTexts texts = texts(ctx, wiring);
        QuickForm form = QuickForm.of(ctx::formParam);
        Outcome outcome;
        try {
            AssessmentToRecord item = new AssessmentToRecord(request(form, wiring), null, form.storedService());
            if (!item.keyViolations().isEmpty()) {
                throw new InvalidDocumentException(item.keyViolations());
            }
            RecordedAssessment recorded = wiring.store().recordAssessment().record(item, new Actor(wiring.actor()));
            ctx.redirect("/assessments/" + kumo.adapters.web.ui.Page.query(recorded.summary().id()) + "?recorded=1",
                    HttpStatus.SEE_OTHER);
            return;
        } catch (InvalidDocumentException e) {
            outcome = problems(e.violations(), form, texts);
        } catch (UnknownService e) {
            outcome = unknownService(texts);
        } catch (StoreException e) {
            outcome = new Outcome(null, Map.of(), List.of(e.text().in(texts.language())));
        }
        render(ctx, wiring, texts, form, outcome);
    }

    private static void render(Context ctx, WebWiring wiring, UiTexts texts, QuickForm form, Outcome outcome) {
        Html body = new AssessPage(wiring.catalogue(), texts).form(form, services(wiring), outcome);
        if (outcome != null && outcome.failed()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        UiRoutes.page(ctx, wiring, "home.title", body, "assess.js");
    }

    /** Assesses what the form describes, without recording it. */
    static Outcome assess(QuickForm form, WebWiring wiring, UiTexts texts) {
        try {
            AssessmentRequestDocument request = request(form, wiring);
            LocalDate today = LocalDate.now(wiring.clock());
            return new Outcome(ResultView.of(wiring.assess().assess(request, today), wiring.catalogue()), Map.of(),
                    List.of());
        } catch (InvalidDocumentException e) {
            return problems(e.violations(), form, texts);
        } catch (UnknownService e) {
            return unknownService(texts);
        } catch (StoreException e) {
            return new Outcome(null, Map.of(), List.of(e.text().in(texts.language())));
        }
    }

    /** The form's request document, read and checked by the application as any request is. */
    static AssessmentRequestDocument request(QuickForm form, WebWiring wiring) {
        ObjectMapper mapper = wiring.documents().objectMapper();
        JsonNode service = null;
        if (form.storedService() != null) {
            CloudServiceProfileDto profile = wiring.store().showProfile().find(ProfileKind.SERVICE, form.storedService())
                    .map(ServiceRecord::profile).orElseThrow(UnknownService::new);
            service = mapper.valueToTree(profile);
        }
        try {
            return wiring.documents().readRequest(mapper.writeValueAsBytes(form.toRequest(mapper, service)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static Outcome problems(List<Violation> violations, QuickForm form, UiTexts texts) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (Violation v : violations) {
            String field = QuickForm.fieldOf(v.path(), form.storedService() != null);
            String message = v.message().in(texts.language());
            if (field == null) {
                other.add(v.path() + ": " + message);
            } else {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
            }
        }
        return new Outcome(null, byField, other);
    }

    private static Outcome unknownService(UiTexts texts) {
        return new Outcome(null, Map.of(QuickForm.STORED_SERVICE, List.of(texts.get("assess.error.unknownService"))),
                List.of());
    }

    /** The stored services to choose from, by key; none when the store cannot be read (the form still works). */
    private static List<ServiceRecord> services(WebWiring wiring) {
        try {
            return wiring.store().listProfiles().list(ProfileKind.SERVICE, new PageRequest(1, SERVICES_LISTED)).items();
        } catch (StoreException e) {
            return List.of();
        }
    }

    private static UiTexts texts(Context ctx, WebWiring wiring) {
        Language language = WebLanguage.of(ctx, wiring.language());
        return UiTexts.of(language);
    }

    /** The chosen stored service is not in the store (deleted meanwhile, or a hand-made request). */
    static final class UnknownService extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownService() {
            super("no such stored service", null, false, false);
        }
    }
}
