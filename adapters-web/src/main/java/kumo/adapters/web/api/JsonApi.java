package kumo.adapters.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import kumo.adapters.web.WebLanguage;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.UiTexts;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.catalogue.CatalogueDocument;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.Page;
import kumo.application.records.exchange.RecordDocuments;
import kumo.application.records.port.in.FindExpiringEvidenceUseCase;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;
import kumo.application.records.ProfileRules;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.StaleAssessmentException;
import kumo.application.records.StoreException;
import kumo.application.records.VersionConflictException;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.CityStepDocument;
import kumo.application.records.port.in.RecordCityStepUseCase.StepToRecord;
import kumo.domain.catalogue.Language;

/**
 * The JSON API under {@value #BASE}: a thin layer that reads the request (through the application's {@code
 * Documents}, the same strict reading the CLI uses), calls one use case and writes its answer as JSON. Every
 * failure a client can cause is an {@link ApiProblem} (400, 404, 409, 413, 415, 422); a store that cannot be
 * used is 503 with its bilingual message (which never holds credentials). See docs/web.md and the OpenAPI
 * description served at {@value #BASE}/openapi.json.
 */
public final class JsonApi {

    /** The API's root path. */
    public static final String BASE = "/api/v1";

    /** The largest request body read (the server's own limit, {@code Defences}, is the same). */
    public static final int MAX_BODY_BYTES = 1_000_000;

    /** The longest look-ahead for expiring evidence: a hundred years. */
    static final int MAX_DAYS = FindExpiringEvidenceUseCase.MAX_DAYS;

    private static final Pattern ASSESSMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private final WebWiring wiring;
    private final ObjectMapper json;
    private final List<ApiRoute> routes = new ArrayList<>();

    private JsonApi(WebWiring wiring) {
        this.wiring = Objects.requireNonNull(wiring, "wiring");
        this.json = wiring.documents().objectMapper();
    }

    /**
     * Registers every route of the API on {@code config}.
     *
     * @return the routes registered, for the OpenAPI check
     */
    public static List<ApiRoute> register(JavalinConfig config, WebWiring wiring) {
        JsonApi api = new JsonApi(wiring);
        api.registerAll(config);
        return List.copyOf(api.routes);
    }

    /** Where the benchmark's baseline listens ({@link #registerBaseline}); never registered in production. */
    public static final String BASELINE = BASE + "/bench/baseline";

    /**
     * The load benchmark's baseline: reads the request body exactly as {@code POST /api/v1/assess} does (content
     * type, size, strict reading and validation) and answers a fixed small JSON document without assessing.
     * Registered only by a server the benchmark starts ({@code KumoWeb.withBenchmarkBaseline}).
     */
    public static void registerBaseline(JavalinConfig config, WebWiring wiring) {
        JsonApi api = new JsonApi(wiring);
        byte[] fixed = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        config.routes.post(BASELINE, guarded(ctx -> {
            api.request(body(ctx));
            ctx.status(200);
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(fixed);
        }));
    }

    private void registerAll(JavalinConfig c) {
        get(c, "/health", ctx -> ok(ctx, Map.of("status", "ok", "catalogue", wiring.catalogue().version())));
        get(c, "/openapi.json", ctx -> OpenApi.serve(ctx, "openapi.json"));
        get(c, "/schema/{name}", ctx -> OpenApi.serve(ctx, "schema/" + schemaName(ctx.pathParam("name"))));
        post(c, "/assess", this::assess);
        get(c, "/catalogue", ctx -> ok(ctx, CatalogueDocument.of(wiring.catalogue())));
        get(c, "/assessments", this::listAssessments);
        post(c, "/assessments", this::recordAssessment);
        get(c, "/assessments/{id}", ctx -> ok(ctx, record(stored(ctx.pathParam("id")))));
        get(c, "/assessments/{id}/diff/{other}", ctx -> ok(ctx, wiring.store().diffAssessments()
                .diff(id(ctx.pathParam("id"), "{id}"), id(ctx.pathParam("other"), "{other}"))));
        post(c, "/assessments/{id}/steps", this::recordStep);
        for (ProfileKind<?, ?> kind : ProfileKind.values()) {
            String plural = "/" + kind.name() + "s";
            get(c, plural, ctx -> listProfiles(ctx, kind));
            get(c, plural + "/{id}", ctx -> ok(ctx, row(kind, wiring.store().showProfile()
                    .find(kind, ctx.pathParam("id")).orElseThrow(() -> notFound(kind.type(), ctx.pathParam("id"))))));
            put(c, plural + "/{id}", ctx -> saveProfile(ctx, kind));
        }
        get(c, "/evidence/expiring", this::expiring);
        get(c, "/export", this::export);
        // anything else under the API is a JSON 404 naming the method and path; registered last, after every
        // route above, and only under /api/: the UI's own error pages are not touched
        Handler none = guarded(ctx -> {
            throw ApiProblem.at(404, "noSuchRoute", "$", text("api.error.noSuchRoute", ctx.method().name(),
                    shorten(ctx.path())));
        });
        c.routes.get(BASE + "/*", none);
        c.routes.post(BASE + "/*", none);
        c.routes.put(BASE + "/*", none);
        c.routes.delete(BASE + "/*", none);
        c.routes.patch(BASE + "/*", none);
    }

    // ---------------------------------------------------------------- routes

    private void assess(Context ctx) {
        Language language = language(ctx);
        boolean full = form(ctx);
        InputStream body = new java.io.ByteArrayInputStream(body(ctx));
        LocalDate today = LocalDate.now(wiring.clock());
        try {
            // read, validated once and assessed in one call, as the CLI does for --format json
            ok(ctx, full ? wiring.assess().assess(body, today) : wiring.assess().assessCompact(body, today, language));
        } catch (InvalidDocumentException e) {
            throw invalid(e.unreadable() ? 400 : 422, e.violations());
        }
    }

    private void recordAssessment(Context ctx) {
        AssessmentRequestDocument request = request(body(ctx));
        AssessmentToRecord item = new AssessmentToRecord(request, ctx.queryParam("system"), ctx.queryParam("service"));
        List<Violation> keys = item.keyViolations();
        if (!keys.isEmpty()) {
            throw invalid(422, keys);
        }
        RecordedAssessment recorded = wiring.store().recordAssessment().record(item, actor());
        created(ctx, "assessments", recorded.summary().id(), record(stored(recorded.summary().id())));
    }

    private void recordStep(Context ctx) {
        String id = id(ctx.pathParam("id"), "{id}");
        CityStepDocument step = read(body(ctx), CityStepDocument.class);
        StepToRecord item;
        try {
            item = step.toStep(id);
        } catch (InvalidDocumentException e) {
            throw invalid(422, e.violations());
        }
        RecordedAssessment recorded;
        try {
            recorded = wiring.store().recordCityStep().record(item, actor());
        } catch (InvalidDocumentException e) {
            throw invalid(422, step.rebase(e.violations(), item.step()));
        }
        created(ctx, "assessments", recorded.summary().id(), record(stored(recorded.summary().id())));
    }

    private void listAssessments(Context ctx) {
        PageRequest page = page(ctx);
        Page<?> found = wiring.store().listAssessments().list(new AssessmentQuery(ctx.queryParam("system"),
                ctx.queryParam("service"), ctx.queryParam("verdict")), page);
        ok(ctx, listing("assessment-list/1", found, found.items()));
    }

    private void listProfiles(Context ctx, ProfileKind<?, ?> kind) {
        PageRequest page = page(ctx);
        Page<? extends ProfileRecord<?>> found = wiring.store().listProfiles().list(kind, page);
        ok(ctx, listing(RecordDocuments.listType(kind), found, found.items().stream().map(r -> row(kind, r)).toList()));
    }

    private <P> void saveProfile(Context ctx, ProfileKind<P, ?> kind) {
        String id = ctx.pathParam("id");
        Long version = version(ctx.queryParam("version"));
        P profile = read(body(ctx), kind.profileType());
        ProfileRules.requireNone(ProfileRules.violations(wiring.documents(), kind, profile, "$"));
        ProfileRecord<P> saved = wiring.store().saveProfile().save(kind, id, profile, version, actor());
        if (version == null) {
            created(ctx, kind.name() + "s", saved.id(), row(kind, saved));
        } else {
            ok(ctx, row(kind, saved));
        }
    }

    private void expiring(Context ctx) {
        String value = ctx.queryParam("days");
        int days = value == null ? 90 : integer(value, "?days", 0, MAX_DAYS);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kumo", "expiring-evidence/1");
        answer.put("days", days);
        answer.put("items", wiring.store().findExpiringEvidence().expiringWithin(days));
        ok(ctx, answer);
    }

    private void export(Context ctx) {
        // written in full before the answer starts: a store failure half-way is a 503, never half a document
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wiring.store().exportStore().exportTo(out);
        ctx.status(200);
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"kumo-export.json\"");
        ctx.result(out.toByteArray());
    }

    // ---------------------------------------------------------------- documents

    /** The shared document of a stored assessment, as {@code kumo assessment show --format record} prints it. */
    private RecordDocuments.AssessmentRow record(AssessmentRecord stored) {
        return RecordDocuments.AssessmentRow.of(stored, tree(stored.requestJson()), tree(stored.resultJson()));
    }

    private static RecordDocuments.ProfileRow row(ProfileKind<?, ?> kind, ProfileRecord<?> r) {
        return RecordDocuments.ProfileRow.of(kind, r);
    }

    private static RecordDocuments.Listing listing(String type, Page<?> page, List<?> items) {
        return RecordDocuments.Listing.of(type, page, items);
    }

    private AssessmentRecord stored(String id) {
        return wiring.store().showAssessment().find(id(id, "{id}"))
                .orElseThrow(() -> notFound("ASSESSMENT", id));
    }

    private JsonNode tree(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
        }
    }

    // ---------------------------------------------------------------- input

    /**
     * The request body: JSON only ({@code Content-Type: application/json}, UTF-8), at most {@value #MAX_BODY_BYTES}
     * bytes, read without trusting {@code Content-Length}.
     */
    static byte[] body(Context ctx) {
        String type = ctx.req().getContentType();
        if (!jsonType(type)) {
            throw ApiProblem.at(415, "unsupportedMediaType", "$", text("api.error.mediaType",
                    type == null ? "—" : type));
        }
        try {
            // not closed here: a refusal drains what is left (drain), the server closes it after the answer
            InputStream in = ctx.req().getInputStream();
            if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw ApiProblem.at(400, "unreadableBody", "$", text("api.error.unreadableBody"));
        }
    }

    private static ApiProblem tooLarge() {
        return ApiProblem.at(413, "tooLarge", "$", text("api.error.tooLarge", MAX_BODY_BYTES));
    }

    /** The most of a refused body read (and dropped) before answering ({@link #drain}). */
    static final long DRAIN_BYTES = 16L * 1024 * 1024;

    /**
     * Reads and drops what the client still sends, up to {@value #DRAIN_BYTES} bytes, before a refusal is answered:
     * a client that writes its whole body before reading the answer then gets the answer (413, 415…) instead of a
     * broken connection.
     */
    static void drain(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            long left = DRAIN_BYTES;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the connection is gone or the body was read already: nothing to drain
        }
    }

    /** {@code application/json}, with no parameter or {@code charset=utf-8}. */
    static boolean jsonType(String type) {
        if (type == null) {
            return false;
        }
        String[] parts = type.split(";");
        if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] p = parts[i].trim().split("=", 2);
            if (p.length != 2 || !p[0].trim().equalsIgnoreCase("charset")
                    || !p[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** A request: read (400 for JSON that is not a request), then validated (422 for one that breaks a rule). */
    private AssessmentRequestDocument request(byte[] body) {
        AssessmentRequestDocument request = read(body, AssessmentRequestDocument.class);
        List<Violation> violations = wiring.documents().violations(request);
        if (!violations.isEmpty()) {
            throw invalid(422, violations);
        }
        return request;
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            return wiring.documents().read(body, type);
        } catch (InvalidDocumentException e) {
            throw invalid(e.unreadable() ? 400 : 422, e.violations());
        }
    }

    static ApiProblem invalid(int status, List<Violation> violations) {
        return new ApiProblem(status, status == 400 ? "unreadableDocument" : "invalidDocument",
                text(status == 400 ? "api.error.unreadable" : "api.error.invalid", violations.size()), violations,
                Map.of());
    }

    private Language language(Context ctx) {
        String bad = WebLanguage.queryValue(ctx);
        if (bad != null) {
            throw ApiProblem.at(400, "badParameter", "?lang", text("api.error.lang", bad));
        }
        return WebLanguage.of(ctx, wiring.language());
    }

    /** {@code ?form=full}: the full bilingual result; absent or {@code compact}: the compact one. */
    private static boolean form(Context ctx) {
        String form = ctx.queryParam("form");
        if (form == null || form.equals("compact")) {
            return false;
        }
        if (form.equals("full")) {
            return true;
        }
        throw ApiProblem.at(400, "badParameter", "?form", text("api.error.form", form));
    }

    private static PageRequest page(Context ctx) {
        String page = ctx.queryParam("page");
        String size = ctx.queryParam("size");
        return new PageRequest(page == null ? 1 : integer(page, "?page", 1, Integer.MAX_VALUE),
                size == null ? 50 : integer(size, "?size", 1, PageRequest.MAX_SIZE));
    }

    private static Long version(String value) {
        return value == null ? null : (long) integer(value, "?version", 1, Integer.MAX_VALUE);
    }

    static int integer(String value, String parameter, int min, int max) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiProblem.at(400, "badParameter", parameter, text("api.error.integer", shorten(value), min, max));
    }

    private static String id(String id, String parameter) {
        if (!ASSESSMENT_ID.matcher(id).matches()) {
            throw ApiProblem.at(404, "notFound", parameter, text("api.error.badId", shorten(id)));
        }
        return id;
    }

    private static String schemaName(String name) {
        if (!OpenApi.SCHEMAS.contains(name)) {
            throw ApiProblem.at(404, "notFound", "{name}", text("api.error.noSchema", shorten(name),
                    String.join(", ", OpenApi.SCHEMAS)));
        }
        return name;
    }

    private static String shorten(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private Actor actor() {
        return new Actor(wiring.actor());
    }

    // ---------------------------------------------------------------- output

    private void ok(Context ctx, Object document) {
        write(ctx, 200, document);
    }

    /** 201 with the new row's address: {@code collection} is {@code assessments}, {@code services} or {@code systems}. */
    private void created(Context ctx, String collection, String id, Object document) {
        ctx.header("Location", BASE + "/" + collection + "/"
                + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
        write(ctx, 201, document);
    }

    private void write(Context ctx, int status, Object document) {
        try {
            byte[] bytes = json.writeValueAsBytes(document);
            ctx.status(status);
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(bytes);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoreException notFound(String type, String id) {
        return new StoreException(StoreException.Reason.NOT_FOUND, kumo.application.records.StoreTexts.of(
                "store.notFound", "@store.kind." + type, id));
    }

    static LocalizedText text(String key, Object... args) {
        return new LocalizedText(UiTexts.of(Language.JA).get(key, args), UiTexts.of(Language.EN).get(key, args));
    }

    // ---------------------------------------------------------------- registration

    private void get(JavalinConfig c, String path, Handler handler) {
        routes.add(new ApiRoute("get", BASE + path));
        c.routes.get(BASE + path, guarded(handler));
    }

    private void post(JavalinConfig c, String path, Handler handler) {
        routes.add(new ApiRoute("post", BASE + path));
        c.routes.post(BASE + path, guarded(handler));
    }

    private void put(JavalinConfig c, String path, Handler handler) {
        routes.add(new ApiRoute("put", BASE + path));
        c.routes.put(BASE + path, guarded(handler));
    }

    /** The handler with every failure answered as a JSON error ({@link ApiErrors}): nothing escapes to Javalin. */
    static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Exception e) {
                drain(ctx);
                ApiErrors.write(ctx, ApiErrors.of(e));
            }
        };
    }

    /** Details a conflict names: both versions (a profile) or both assessments (a step). */
    static Map<String, Object> conflictDetails(StoreException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (e instanceof VersionConflictException v) {
            details.put("id", v.id());
            details.put("expectedVersion", v.expectedVersion());
            details.put("storedVersion", v.storedVersion());
        } else if (e instanceof StaleAssessmentException s) {
            details.put("systemId", s.systemId());
            details.put("expectedLatestId", s.expectedLatestId());
            details.put("latestId", s.latestId());
        }
        details.values().removeIf(Objects::isNull);
        return details;
    }
}
