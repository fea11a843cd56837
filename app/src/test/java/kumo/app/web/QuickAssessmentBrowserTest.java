package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The quick assessment and the recorded assessments in a real headless Chromium: the verdict panel follows the
 * facts as they are chosen (through {@code /static/assess.js}), the assessment is recorded and shown, the
 * language switch is remembered, user text renders as text, and axe finds nothing serious on any of the pages.
 * One browser and one server for the class.
 */
@org.junit.jupiter.api.Tag("slow")
class QuickAssessmentBrowserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void open() {
        assumeTrue(Browser.available(), "Debian chromium and chromedriver are not installed (.ci/run installs them)");
        server = WebServer.start(dir.resolve("kumo.db"), CLOCK);
        browser = Browser.open("ja");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static String verdictShown() {
        return driver().findElements(By.cssSelector("#result .verdict")).stream().findFirst()
                .map(e -> e.getAttribute("data-verdict")).orElse("");
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        // while a page is replaced Chrome may answer "stale", "no such element" or "node does not belong to the
        // document": all mean "not yet"
        new WebDriverWait(driver(), Duration.ofSeconds(30)).withMessage(what)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static void choose(String field, String value) {
        new Select(driver().findElement(By.id(field))).selectByValue(value);
    }

    private static void type(String field, String text) {
        WebElement input = driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void theVerdictFollowsTheFactsThenTheAssessmentIsRecordedAndTheLanguageRemembered() {
        browser.go(server.base());
        assertThat(driver().findElement(By.id("result")).getText()).contains("判定が表示されます");
        browser.assertAccessible("/ (empty form)");

        choose("confidentiality", "C3");
        choose("deployment", "PUBLIC_CLOUD");
        waitFor("confidentiality 3 on a public cloud is prohibited", () -> verdictShown().equals("PROHIBITED"));
        assertThat(driver().findElement(By.cssSelector("#result .verdict-name")).getText()).isEqualTo("利用禁止");
        assertThat(driver().findElement(By.id("result-live")).getText()).as("announced").isEqualTo("利用禁止");
        browser.screenshot("assess-prohibited");
        browser.assertAccessible("/ (verdict panel)");

        choose("confidentiality", "C2");
        waitFor("back to confidentiality 2: another verdict", () -> !verdictShown().isEmpty()
                && !verdictShown().equals("PROHIBITED"));
        String verdictC2 = verdictShown();
        browser.screenshot("assess-c2");

        type("systemName", "保育所入所選考支援システム");
        type("department", "こども家庭局");
        type("serviceName", "Example SaaS");
        driver().findElement(By.cssSelector("button[formaction='/assess/record']")).click();
        waitFor("redirected to the recorded assessment", () -> driver().getCurrentUrl().contains("/assessments/"));
        assertThat(driver().findElement(By.cssSelector(".notice")).getText()).contains("評価を記録しました");
        assertThat(driver().findElement(By.cssSelector(".recorded-result .verdict")).getAttribute("data-verdict"))
                .isEqualTo(verdictC2);
        browser.screenshot("record-show-ja");
        browser.assertAccessible("/assessments/{id}");

        browser.go(server.uri("assessments"));
        assertThat(driver().findElement(By.cssSelector("table.assessments")).getText())
                .contains("保育所入所選考支援システム");
        browser.assertAccessible("/assessments");

        driver().findElement(By.cssSelector(".language-switch button")).click();
        waitFor("the page in English", () -> htmlLang().equals("en"));
        assertThat(driver().getTitle()).contains("Recorded assessments");
        browser.screenshot("record-list-en");
        browser.assertAccessible("/assessments (en)");
        browser.go(server.base());
        assertThat(driver().findElement(By.cssSelector("label[for='confidentiality']")).getText())
                .as("remembered on the next page").isEqualTo("Confidentiality");
        driver().findElement(By.cssSelector(".language-switch button")).click();
        waitFor("the page in Japanese again", () -> htmlLang().equals("ja"));
    }

    @Test
    void scriptAndHtmlInEveryFreeTextFieldRenderAsText() {
        String xss = QuickAssessmentHttpTest.XSS;
        browser.go(server.base());
        for (String field : new String[] {"systemName", "department", "serviceName", "provider"}) {
            type(field, field + " " + xss);
        }
        choose("confidentiality", "C2");
        driver().findElement(By.cssSelector("button[formaction='/assess/record']")).click();
        waitFor("recorded", () -> driver().getCurrentUrl().contains("/assessments/"));
        assertNoInjection();
        assertThat(driver().findElement(By.cssSelector(".system-id")).getText()).isEqualTo("systemName " + xss);

        browser.go(server.uri("assessments"));
        assertNoInjection();
        assertThat(driver().findElement(By.cssSelector("table.assessments")).getText()).contains("systemName " + xss);
        browser.screenshot("xss-list");
    }

    @Test
    void aDecisionAndARiskDecisionRecordedOnTheAssessmentMoveTheirFindings() {
        browser.go(server.base());
        type("systemName", "手続の画面試験");
        choose("confidentiality", "C2");
        type("serviceName", "Example SaaS");
        choose("deployment", "PUBLIC_CLOUD");
        driver().findElement(By.cssSelector("button[formaction='/assess/record']")).click();
        waitFor("recorded", () -> driver().getCurrentUrl().contains("/assessments/"));
        String first = driver().getCurrentUrl();
        assertThat(status("li[data-finding='SEC-13']")).isEqualTo("PENDING");

        driver().findElement(By.cssSelector("#step-decision summary")).click();
        choose("decision-field", "logTypesChecked");
        choose("decision-outcome", "YES");
        type("decision-rationale", "必要なログの種類と保存料金を確認した");
        browser.assertAccessible("/assessments/{id} (step form open)");
        driver().findElement(By.cssSelector("#step-decision button[type='submit']")).click();
        waitFor("the re-assessment", () -> !driver().getCurrentUrl().equals(first)
                && driver().getCurrentUrl().contains("step="));
        assertThat(status("li[data-finding='SEC-13']")).as("moved from PENDING").isEqualTo("MET");

        driver().findElement(By.cssSelector("#step-risk summary")).click();
        choose("risk-riskId", "R09");
        choose("risk-treatment", "TRANSFER");
        type("risk-rationale", "理由 " + QuickAssessmentHttpTest.XSS);
        driver().findElement(By.cssSelector("#step-risk button[type='submit']")).click();
        waitFor("the risk decided", () -> "DECIDED".equals(driver().findElement(By.cssSelector("tr[data-risk='R09']"))
                .getAttribute("data-state")));
        assertThat(driver().findElement(By.cssSelector("tr[data-risk='R09']")).getText())
                .contains("理由 " + QuickAssessmentHttpTest.XSS);
        assertNoInjection();
        browser.screenshot("steps-risk-decided");
        browser.assertAccessible("/assessments/{id} (after the steps)");
    }

    /** The page's language; empty while a navigation replaces the document. */
    private static String htmlLang() {
        try {
            return driver().findElement(By.tagName("html")).getAttribute("lang");
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    private static String status(String css) {
        return driver().findElement(By.cssSelector(css)).getAttribute("data-status");
    }

    private static void assertNoInjection() {
        assertThrows(NoAlertPresentException.class, () -> driver().switchTo().alert(), "no alert opened");
        assertThat(driver().findElements(By.cssSelector("img[src='x'], main script"))).as("no injected element").isEmpty();
    }
}
