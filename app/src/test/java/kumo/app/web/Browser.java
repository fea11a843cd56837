package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for a browser test: Debian's {@code chromium} driven by Debian's
 * {@code chromedriver} through Selenium, nothing downloaded. Screenshots are kept under
 * {@code target/screenshots/} as test output; {@link #axe} runs axe-core (test resources) on the current page.
 * Tests that need it call {@link #available()} in an assumption, and {@code .ci/run} installs both packages, so
 * CI always runs them.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of(System.getProperty("kumo.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("kumo.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Whether Debian's chromium and chromedriver are installed here. */
    public static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /** A new headless browser with a fresh profile, in {@code language} ({@code "ja"} or {@code "en"}). */
    public static Browser open(String language) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.prompt_for_download", false));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(URI uri) {
        driver.get(uri.toString());
    }

    /**
     * Clicks {@code element} (a link or a submit button) and waits until the next page has replaced this one: a
     * click returns before the navigation it starts has finished.
     */
    public void clickAndWaitForPage(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        element.click();
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> {
            try {
                page.isEnabled();
                return false; // still the old page
            } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or "node does not belong to the document": Chrome says either while the page is replaced
                return true;
            }
        });
        wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Saves a screenshot of the current page as {@code target/screenshots/NAME.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; returns the serious and critical violations. */
    @SuppressWarnings("unchecked")
    public List<String> axe() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return new ArrayList<>((List<String>) result);
    }

    /** Asserts axe finds no serious or critical violation on the current page. */
    public void assertAccessible(String page) {
        assertThat(axe()).as("axe-core serious/critical violations on %s", page).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe.min.js in the test resources").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** For tests that need the raw screenshot interface. */
    TakesScreenshot camera() {
        return driver;
    }
}
