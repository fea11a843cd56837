package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kumo.application.records.RecordedAssessment;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Requirement;
import kumo.domain.rules.v1.CatalogueV1;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views' pages and download over real HTTP, against the production composition on a real SQLite file: the
 * catalogue browser, compare, the pictures, the print view and the spreadsheet, with their refusals.
 */
class ViewsHttpTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
    private static final Catalogue CATALOGUE = CatalogueV1.catalogue();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern VERDICT_CELL = Pattern.compile("<td class=\"verdict mark-([A-Z_]+)\">");

    @TempDir
    static Path dir;

    private static WebServer server;
    private static RecordedAssessment recorded;

    @BeforeAll
    static void start() {
        Path store = dir.resolve("kumo.db");
        try (StoredViews data = new StoredViews(store, CLOCK)) {
            data.compareSet();
            recorded = data.record("full-city-record.json", ViewsHttpTest::withFormulaLikeText);
        }
        server = WebServer.start(store, CLOCK);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static ObjectNode withFormulaLikeText(ObjectNode tree) {
        ((ObjectNode) tree.path("system")).put("name", StoredViews.EVIL_SYSTEM);
        ObjectNode decision = (ObjectNode) tree.path("plan").path("riskDecisions").get(0);
        decision.put("rationale", "=HYPERLINK(\"http://evil.example\",\"x\")");
        decision.put("decidedBy", "@SUM(A1)");
        return tree;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertPage(HttpResponse<String> page, int status) {
        assertThat(page.statusCode()).as(page.uri() + ": " + page.body()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8"));
        assertThat(page.body()).as("no inline style anywhere (CSP)").doesNotContain(" style=").doesNotContain("<style");
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    // ---------------------------------------------------------------- catalogue

    @Test
    void theCatalogueListsEveryRequirementExemptionAndRiskWithTheirClauses() throws Exception {
        HttpResponse<String> page = get("catalogue");
        assertPage(page, 200);
        for (Requirement r : CATALOGUE.requirements()) {
            assertThat(page.body()).contains("href=\"/catalogue/requirements/" + r.id() + "\"");
        }
        CATALOGUE.risks().forEach(r -> assertThat(page.body()).contains("href=\"/catalogue/risks/" + r.id() + "\""));
        CATALOGUE.exemptions().forEach(e -> assertThat(page.body()).contains(e.id()));
        assertThat(page.body()).contains(CATALOGUE.texts().get(kumo.domain.catalogue.Language.JA, "clause.§4(3)機密性3"));
    }

    @Test
    void theFilterIsAGetFormAndABadValueIsNamed() throws Exception {
        HttpResponse<String> net = get("catalogue?group=NET&level=");
        assertPage(net, 200);
        assertThat(net.body()).contains("/catalogue/requirements/NET-01").doesNotContain("/catalogue/requirements/ENT-01")
                .doesNotContain("id=\"risks\"").contains("<option value=\"NET\" selected>");
        HttpResponse<String> mandatory = get("catalogue?level=PROHIBITION");
        CATALOGUE.requirements().forEach(r -> assertThat(mandatory.body().contains("/catalogue/requirements/" + r.id() + "\""))
                .as(r.id()).isEqualTo(r.level() == kumo.domain.catalogue.Level.PROHIBITION));
        HttpResponse<String> bad = get("catalogue?level=%3Cb%3EHIGH");
        assertPage(bad, 400);
        assertThat(bad.body()).contains("水準「&lt;b&gt;HIGH」はありません");
    }

    @Test
    void aRequirementsPageShowsBothTextsItsInterpretationAndItsClauses() throws Exception {
        HttpResponse<String> ja = get("catalogue/requirements/ENT-01");
        assertPage(ja, 200);
        String jaText = CATALOGUE.texts().get(kumo.domain.catalogue.Language.JA, "ENT-01.text");
        String enText = CATALOGUE.texts().get(kumo.domain.catalogue.Language.EN, "ENT-01.text");
        assertThat(ja.body()).contains("<p lang=\"ja\">" + kumo.adapters.web.ui.Html.escape(jaText).substring(0, 10))
                .contains("lang=\"en\"").contains("kumo の解釈");
        assertThat(ja.body().indexOf("lang=\"ja\">")).isLessThan(ja.body().indexOf("<p lang=\"en\">"));
        HttpResponse<String> en = get("catalogue/requirements/ENT-01?lang=en");
        assertThat(en.body().indexOf("<p lang=\"en\">")).as("the page's language first")
                .isLessThan(en.body().indexOf("<p lang=\"ja\">"));
        assertThat(en.body()).contains(enText.substring(0, 20));
        assertPage(get("catalogue/risks/R01"), 200);
        HttpResponse<String> missing = get("catalogue/requirements/NOPE-99");
        assertPage(missing, 404);
        assertThat(missing.body()).contains("要件「NOPE-99」はカタログにありません");
        assertPage(get("catalogue/risks/R99"), 404);
    }

    // ---------------------------------------------------------------- compare

    private static List<String> verdicts(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = VERDICT_CELL.matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void compareShowsAGridPerServiceWithTheVerdictPerColumn() throws Exception {
        HttpResponse<String> form = get("compare");
        assertPage(form, 200);
        assertThat(form.body()).contains("value=\"iaas\"").contains("value=\"abroad\"").contains("value=\"子育て\"");
        assertThat(verdicts(form.body())).isEmpty();

        HttpResponse<String> page = get("compare?source=stored&system=" + java.net.URLEncoder.encode("子育て",
                StandardCharsets.UTF_8) + "&service=iaas&service=abroad");
        assertPage(page, 200);
        List<String> verdicts = verdicts(page.body());
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(1)).as("data abroad").isEqualTo("NOT_ELIGIBLE");
        assertThat(verdicts.get(0)).isNotEqualTo("NOT_ELIGIBLE");
        // one row per requirement, a status cell per service, each with its word (not only a colour)
        for (Requirement r : CATALOGUE.requirements()) {
            assertThat(page.body()).contains("href=\"/catalogue/requirements/" + r.id() + "\"");
        }
        int cells = page.body().split("<td class=\"status mark-").length - 1;
        assertThat(cells).isEqualTo(2 * CATALOGUE.requirements().size());
        assertThat(page.body()).contains("<svg").contains("role=\"img\"").contains("サービス別・状態別の所見");
    }

    @Test
    void aClassificationTypedInIsComparedToo() throws Exception {
        HttpResponse<String> page = get("compare?source=typed&confidentiality=C3&myNumber=false&personalData=true"
                + "&service=iaas&service=abroad");
        assertPage(page, 200);
        assertThat(verdicts(page.body())).containsExactly("PROHIBITED", "PROHIBITED");
    }

    @Test
    void compareRefusesWhatItCannotUseNamingTheField() throws Exception {
        HttpResponse<String> none = get("compare?source=stored&system=x");
        assertPage(none, 400);
        assertThat(none.body()).contains("比較するクラウドサービス: 1 つ以上選んでください");
        HttpResponse<String> bad = get("compare?source=typed&confidentiality=C9%3Cx%3E&service=iaas&lang=en");
        assertPage(bad, 400);
        assertThat(bad.body()).contains("Confidentiality: &quot;C9&lt;x&gt;&quot; is not one of the choices");
        HttpResponse<String> unknown = get("compare?source=stored&system=ghost&service=iaas");
        assertPage(unknown, 404);
        assertThat(unknown.body()).contains("ghost");
        HttpResponse<String> gone = get("compare?source=stored&system=" + java.net.URLEncoder.encode("子育て",
                StandardCharsets.UTF_8) + "&service=gone");
        assertPage(gone, 404);
        assertThat(gone.body()).contains("「gone」は保存されていません");
    }

    // ---------------------------------------------------------------- a stored result

    @Test
    void theChartsPageDrawsTheFindingsAndTheRiskRegister() throws Exception {
        HttpResponse<String> page = get("assessments/" + recorded.summary().id() + "/charts");
        assertPage(page, 200);
        assertThat(page.body()).contains("id=\"chart-findings\"").contains("id=\"chart-risks\"")
                .doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void theDepartmentsPageShowsEachSystemsLatestVerdict() throws Exception {
        HttpResponse<String> page = get("departments");
        assertPage(page, 200);
        assertThat(page.body()).contains("id=\"chart-departments\"").contains("こども家庭局 子育て支援課")
                .contains("こども家庭局 保育所入所担当").contains("評価の記録なし")
                .contains("<td class=\"verdict mark-" + recorded.summary().verdict() + "\">")
                .contains("href=\"/assessments/" + recorded.summary().id() + "/print\"")
                .doesNotContain("<script>alert").contains("=1+2&lt;script&gt;");
        assertThat(page.body()).contains("<a href=\"/departments\" aria-current=\"page\">");
    }

    @Test
    void thePrintViewHasEverythingPaperworkNeeds() throws Exception {
        HttpResponse<String> page = get("assessments/" + recorded.summary().id() + "/print");
        assertPage(page, 200);
        assertThat(page.body()).contains("/static/print.css").contains(recorded.summary().id())
                .contains(recorded.result().verdict().ja()).contains(recorded.result().catalogueVersion())
                .contains("リスク登録簿").contains("承認者").contains("class=\"sign-box\"")
                .doesNotContain("<script>alert").contains("=1+2&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        int rows = page.body().split("<tr><th scope=\"row\">").length - 1;
        long risks = recorded.result().risks().stream().filter(kumo.application.view.ResultView::openOrDecided).count();
        assertThat(rows).isEqualTo(recorded.result().findings().size() + risks);
        HttpResponse<String> missing = get("assessments/nope/print");
        assertPage(missing, 404);
        assertThat(missing.body()).contains("評価「nope」は保存されていません");
    }

    @Test
    void theSpreadsheetDownloadsWithItsNameAndNoFormulas() throws Exception {
        HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(server.uri("assessments/" + recorded.summary().id()
                + "/findings.xlsx?lang=en")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String date = recorded.result().assessmentDate().toString();
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"kumo-=1+2_script_alert('x')__script_-" + date + ".xlsx\"; filename*=UTF-8''"
                        + "kumo-%3D1+2%3Cscript%3Ealert%28%27x%27%29%3C%2Fscript%3E-" + date + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Findings");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(recorded.result().findings().size());
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(recorded.result().risks().size());
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            assertThat(book.getSheetAt(1).getRow(1).getCell(5).getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(book.getSheetAt(1).getRow(1).getCell(6).getStringCellValue()).isEqualTo("@SUM(A1)");
        }
        HttpResponse<String> missing = get("assessments/nope/findings.xlsx");
        assertPage(missing, 404);
    }
}
