package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import kumo.application.records.RecordedAssessment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The views in a real headless Chromium (one browser for the class): compare two stored services through the form,
 * the catalogue browser and its filter, the pictures, the print view and the spreadsheet fetched with the browser's
 * cookies; axe-core on every page (no serious or critical violation) and a screenshot of each under
 * target/screenshots.
 */
@org.junit.jupiter.api.Tag("slow")
class ViewsBrowserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static WebServer server;
    private static Browser browser;
    private static RecordedAssessment recorded;

    @BeforeAll
    static void start() {
        assumeTrue(Browser.available(), "Debian chromium and chromedriver are not installed (.ci/run installs them)");
        Path store = dir.resolve("kumo.db");
        try (StoredViews data = new StoredViews(store, CLOCK)) {
            data.compareSet();
            recorded = data.record("full-city-record.json", ViewsHttpTest::withFormulaLikeText);
        }
        server = WebServer.start(store, CLOCK);
        browser = Browser.open("ja");
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Each test starts in Japanese, whatever the one before switched to. */
    @BeforeEach
    void japanese() {
        browser.go(server.base());
        browser.driver().manage().deleteAllCookies();
    }

    private static WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void compareTwoStoredServicesThroughTheForm() {
        browser.go(server.uri("compare"));
        browser.assertAccessible("/compare (form)");
        find("#source-stored").click();
        new Select(find("#system")).selectByValue("子育て");
        for (String service : List.of("iaas", "abroad")) { // by the label, as a user would
            String id = find("input[name=service][value='" + service + "']").getAttribute("id");
            find("label[for='" + id + "']").click();
        }
        browser.clickAndWaitForPage(find(".compare-form button[type=submit]"));

        assertThat(browser.driver().getCurrentUrl()).contains("service=abroad").contains("service=iaas");
        List<String> verdicts = texts("td.verdict");
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts).anySatisfy(v -> assertThat(v).contains("利用不可"));
        assertThat(texts("td.status")).allSatisfy(cell -> assertThat(cell).as("a symbol and a word").matches("\\S+ \\S.*"));
        assertThat(find("svg.chart").getAttribute("role")).isEqualTo("img");
        browser.assertAccessible("/compare (result)");
        browser.screenshot("views-compare");

        // nothing chosen: the page says what is missing, next to the form
        browser.go(server.uri("compare?source=stored&system=x"));
        assertThat(find(".error-summary").getText()).contains("1 つ以上選んでください");
        browser.assertAccessible("/compare (error)");
    }

    @Test
    void theDepartmentsOverviewFromTheNavigation() {
        browser.go(server.base());
        browser.clickAndWaitForPage(find("nav a[href='/departments']"));
        assertThat(find("svg.chart").getAttribute("aria-labelledby")).isEqualTo("chart-departments-title chart-departments-desc");
        assertThat(texts("td.verdict")).hasSize(1);
        browser.assertAccessible("/departments");
        browser.screenshot("views-departments");
    }

    @Test
    void theCatalogueBrowserFiltersWithoutScriptAndShowsBothTexts() {
        browser.go(server.uri("catalogue"));
        browser.assertAccessible("/catalogue");
        browser.screenshot("views-catalogue");
        new Select(find("#filter-group")).selectByValue("KEY");
        browser.clickAndWaitForPage(find("form.filter button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).contains("group=KEY");
        List<String> ids = texts("main table tbody th a");
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("KEY-"));
        browser.assertAccessible("/catalogue?group=KEY");

        browser.clickAndWaitForPage(find("main table tbody th a"));
        WebElement other = find(".bilingual details");
        assertThat(other.findElement(By.cssSelector("p")).getAttribute("lang")).isEqualTo("en");
        other.findElement(By.tagName("summary")).click();
        assertThat(other.findElement(By.cssSelector("p")).isDisplayed()).isTrue();
        browser.assertAccessible("/catalogue/requirements/KEY-…");
        browser.screenshot("views-requirement");

        browser.go(server.uri("catalogue/risks/R01"));
        browser.assertAccessible("/catalogue/risks/R01");
    }

    @Test
    void picturesPrintViewAndSpreadsheetOfAStoredResult() throws Exception {
        String id = recorded.summary().id();
        browser.go(server.uri("assessments/" + id + "/charts"));
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart[role=img]"))).hasSize(2);
        assertThat(browser.driver().getPageSource()).doesNotContain("<script>alert");
        browser.assertAccessible("/assessments/{id}/charts");
        browser.screenshot("views-charts");

        browser.clickAndWaitForPage(find("a[href$='/print']"));
        assertThat(find("dl.print-header").getText()).contains(StoredViews.EVIL_SYSTEM).contains(id);
        assertThat(browser.driver().findElements(By.cssSelector("td.sign-box"))).hasSize(3);
        browser.assertAccessible("/assessments/{id}/print");
        browser.screenshot("views-print");

        // switch to English, then fetch the spreadsheet the link points to with the browser's own cookies
        browser.clickAndWaitForPage(find(".language-switch button"));
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        browser.assertAccessible("/assessments/{id}/print (en)");
        browser.screenshot("views-print-en");
        String href = find("a[href$='findings.xlsx']").getAttribute("href");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        Cookie lang = browser.driver().manage().getCookieNamed("kumo-lang");
        assertThat(lang).isNotNull();
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(href))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getSheetName()).as("in the language the browser chose").isEqualTo("Findings");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(recorded.result().findings().size());
        }
    }
}
