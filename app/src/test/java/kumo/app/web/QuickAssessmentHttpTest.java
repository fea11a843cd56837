package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import java.nio.file.Files;

import kumo.adapters.persistence.JooqStoreOpener;
import kumo.app.Composition;
import kumo.app.Configuration;
import kumo.application.document.Documents;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.Actor;
import kumo.application.records.ProfileKind;
import kumo.application.records.port.in.StoreSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick assessment and the recorded assessments over real HTTP, without JavaScript: the form's request goes
 * through the application (a verdict, or a 422 naming the field), recording redirects to the stored assessment,
 * and user text comes back escaped in the server's HTML.
 */
class QuickAssessmentHttpTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
    static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    @TempDir
    static Path dir;

    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static final String STORED_SERVICE = "example-iaas";

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("kumo.db");
        saveExampleService(store);
        server = WebServer.start(store, CLOCK);
    }

    /** Stores the service of docs/examples/eligible-ismap-iaas.json under {@value #STORED_SERVICE}, as {@code kumo service save} would. */
    static void saveExampleService(Path store) throws Exception {
        Path example = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && example == null; d = d.getParent()) {
            Path file = d.resolve("docs/examples/eligible-ismap-iaas.json");
            example = Files.isRegularFile(file) ? file : null;
        }
        assertThat(example).as("docs/examples/eligible-ismap-iaas.json above the module").isNotNull();
        Configuration configuration = Configuration.read(Map.of(Configuration.STORE, store.toString())::get, "web-test");
        Composition composition = new Composition(configuration, CLOCK,
                new JooqStoreOpener(configuration.storeUser(), configuration.storePassword()));
        Documents documents = Documents.create();
        CloudServiceProfileDto profile = documents.objectMapper().treeToValue(
                documents.objectMapper().readTree(example.toFile()).get("service"), CloudServiceProfileDto.class);
        try (StoreSession session = composition.session(null)) {
            session.saveProfile().save(ProfileKind.SERVICE, STORED_SERVICE, profile, null, new Actor("試験"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String lang) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", lang).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "ja")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void theSubmitButtonWithoutJavaScriptShowsTheVerdictOfTheFacts() throws Exception {
        HttpResponse<String> prohibited = get("?confidentiality=C3&deployment=PUBLIC_CLOUD", "ja");
        assertThat(prohibited.statusCode()).isEqualTo(200);
        assertThat(prohibited.body()).contains("data-verdict=\"PROHIBITED\"").contains("利用禁止")
                .contains("<option value=\"C3\" selected>");

        HttpResponse<String> c2 = get("?confidentiality=C2&deployment=PUBLIC_CLOUD", "en");
        assertThat(c2.body()).doesNotContain("data-verdict=\"PROHIBITED\"").contains("data-verdict=\"");
    }

    @Test
    void theCommonCaseAStoredServiceAndAClassificationGivesAVerdict() throws Exception {
        HttpResponse<String> page = get("?serviceId=" + STORED_SERVICE + "&confidentiality=C2&integrity=I2"
                + "&availability=A2&personalData=true&serviceName=ignored", "ja");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"" + STORED_SERVICE + "\" selected>Example IaaS (Tokyo region)")
                .contains("data-verdict=\"").doesNotContain("data-verdict=\"PROHIBITED\"")
                .contains("data-finding=\"ASR-09\" data-status=\"MET\"");
        assertThat(get("?serviceId=" + STORED_SERVICE + "&confidentiality=C3", "ja").body())
                .contains("data-verdict=\"PROHIBITED\"");

        HttpResponse<String> gone = get("?serviceId=no-such-service&confidentiality=C2", "en");
        assertThat(gone.statusCode()).isEqualTo(422);
        assertThat(gone.body()).contains("id=\"error-serviceId\">Recorded service: The chosen service is not recorded");
    }

    @Test
    void theFragmentRouteAnswersThePanelAlone() throws Exception {
        HttpResponse<String> panel = post("assess/panel", Map.of("confidentiality", "C3", "deployment", "PUBLIC_CLOUD"));
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).doesNotContain("<html").contains("data-verdict=\"PROHIBITED\"");
    }

    @Test
    void aValueTheFormNeverOffersIsRefusedByTheApplicationNextToItsField() throws Exception {
        HttpResponse<String> bad = get("?confidentiality=C9", "ja");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"error-confidentiality\">機密性: ").contains("C9")
                .contains("aria-invalid=\"true\"").doesNotContain("Exception");
        assertThat(get("?networkPath=CARRIER_PIGEON", "en").body()).contains("id=\"error-networkPath\">Network path: ");

        HttpResponse<String> panel = post("assess/panel", Map.of("myNumber", "perhaps"));
        assertThat(panel.statusCode()).isEqualTo(422);
        assertThat(panel.body()).contains("data-field-error=\"myNumber\"");
    }

    @Test
    void recordingRedirectsToTheStoredAssessmentAndUserTextIsEscapedEverywhere() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("systemName", "記録 " + XSS);
        form.put("department", "課 " + XSS);
        form.put("confidentiality", "C2");
        form.put("serviceName", "サービス " + XSS);
        form.put("provider", "事業者 " + XSS);
        form.put("deployment", "PUBLIC_CLOUD");
        HttpResponse<String> recorded = post("assess/record", form);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        String location = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/assessments/");

        HttpResponse<String> shown = get(location.substring(1), "ja");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("評価を記録しました").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
        HttpResponse<String> list = get("assessments", "ja");
        assertThat(list.body()).contains("&lt;img src=x onerror=alert(2)&gt;").doesNotContain("<img src=x");
        HttpResponse<String> form2 = get("?systemName=" + URLEncoder.encode(XSS, StandardCharsets.UTF_8), "ja");
        assertThat(form2.body()).contains("value=\"&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void recordingWithoutASystemNameSaysSoAtTheField() throws Exception {
        HttpResponse<String> refused = post("assess/record", Map.of("confidentiality", "C2", "serviceName", "S"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-systemName\">システム名: ");
    }

    @Test
    void theListRefusesABadFilterAndAnUnknownIdIsA404() throws Exception {
        assertThat(get("assessments?verdict=MAYBE", "ja").statusCode()).isEqualTo(400);
        assertThat(get("assessments?page=0", "en").body()).contains("The page number is not valid");
        HttpResponse<String> missing = get("assessments/" + URLEncoder.encode("<b>nope</b>", StandardCharsets.UTF_8), "ja");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("&lt;b&gt;nope&lt;/b&gt;");
        assertThat(get("assessments?verdict=PROHIBITED&page=1", "ja").statusCode()).isEqualTo(200);
    }


    private static String recordOne(String systemName) throws Exception {
        HttpResponse<String> recorded = post("assess/record", Map.of("systemName", systemName, "confidentiality", "C2",
                "serviceName", "Example SaaS", "deployment", "PUBLIC_CLOUD"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        return recorded.headers().firstValue("Location").orElseThrow().substring(1).replaceAll("\\?.*", "");
    }

    private static String stepOn(String assessment, Map<String, String> form, int status) throws Exception {
        HttpResponse<String> response = post(assessment + "/steps", form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return status == 303 ? response.headers().firstValue("Location").orElseThrow().substring(1)
                .replaceAll("\\?.*", "") : response.body();
    }

    @Test
    void aCityStepMovesItsFindingFromPendingAndAFormOnAnOlderAssessmentIsAConflict() throws Exception {
        String first = recordOne("手続の試験システム");
        assertThat(get(first, "ja").body()).contains("data-finding=\"SEC-13\" data-status=\"PENDING\"")
                .contains("data-risk=\"R09\" data-state=\"UNDECIDED\"");

        String second = stepOn(first, Map.of("kind", "decision", "expected", first.substring("assessments/".length()),
                "field", "logTypesChecked", "outcome", "YES", "rationale", "ログの種類を確認した " + XSS), 303);
        assertThat(second).isNotEqualTo(first);
        HttpResponse<String> redone = get(second + "?step=decision", "ja");
        assertThat(redone.body()).contains("data-finding=\"SEC-13\" data-status=\"MET\"").contains("手続を記録し");

        String stale = stepOn(first, Map.of("kind", "risk", "expected", first.substring("assessments/".length()),
                "riskId", "R09", "treatment", "TRANSFER", "rationale", "SLA"), 409);
        assertThat(stale).contains("別の人が新しい評価を記録しました").contains(second.substring("assessments/".length()));

        String badDate = stepOn(second, Map.of("kind", "risk", "riskId", "R09", "treatment", "TRANSFER",
                "decidedOn", "07/12/2026"), 422);
        assertThat(badDate).contains("id=\"error-risk-decidedOn\"").contains("2026-12-07");
        String unknownRisk = stepOn(second, Map.of("kind", "risk", "riskId", "R99", "treatment", "ACCEPT"), 422);
        assertThat(unknownRisk).contains("id=\"error-risk-riskId\"").doesNotContain("Exception");

        String third = stepOn(second, Map.of("kind", "risk", "riskId", "R09", "treatment", "TRANSFER",
                "rationale", "利用料の減額で移転する " + XSS), 303);
        String shown = get(third, "en").body();
        assertThat(shown).contains("data-risk=\"R09\" data-state=\"DECIDED\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    private static String statusOf(String page, String finding) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-finding=\"" + finding + "\" data-status=\"([A-Z_]+)\"")
                .matcher(page);
        assertThat(m.find()).as(finding).isTrue();
        return m.group(1);
    }

    @Test
    void aConsultationWithTheAdvisorsViewAndAnApprovedDeviationAreRecordedAsReassessments() throws Exception {
        String first = recordOne("協議の試験システム");
        String before = get(first, "ja").body();
        assertThat(statusOf(before, "PROC-02")).isEqualTo("PENDING");
        assertThat(before).contains("<option value=\"SEC-01\">SEC-01 ");

        String second = stepOn(first, Map.of("kind", "consultation", "stage", "PLANNING", "heldOn", "2026-12-01",
                "view", "NO_OBJECTION", "viewSummary", "異議なし " + XSS), 303);
        String afterConsultation = get(second, "ja").body();
        assertThat(statusOf(afterConsultation, "PROC-02")).isEqualTo("MET");

        String third = stepOn(second, Map.of("kind", "deviation", "requirementId", "SEC-01",
                "rationale", "庁内の閉域網で暗号化の代わりとする", "justifiedByFlowDesign", "true", "outcome", "YES",
                "decidedBy", "情報セキュリティ管理者", "decidedOn", "2026-12-02"), 303);
        assertThat(statusOf(get(third, "ja").body(), "SEC-01")).isNotEqualTo(statusOf(afterConsultation, "SEC-01"));

        assertThat(stepOn(third, Map.of("kind", "deviation", "requirementId", "NET-01", "outcome", "YES"), 422))
                .contains("id=\"error-deviation-requirementId\"");
        assertThat(stepOn(third, Map.of("kind", "teleport"), 400)).contains("手続の種類が正しくありません");
        HttpResponse<String> again = get(third + "/steps", "en");
        assertThat(again.statusCode()).as("the language switch after a refusal asks for the page by GET").isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValue("/" + third);
    }
}
