package kumo.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The frame every page shares, in a real browser: Japanese first, the switch remembered, reachable by keyboard. */
@org.junit.jupiter.api.Tag("slow")
class UiFrameBrowserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void japaneseFirstThenTheSwitchIsRememberedAcrossPages() {
        assumeTrue(Browser.available(), "Debian chromium and chromedriver are not installed (.ci/run installs them)");
        try (WebServer server = WebServer.start(dir.resolve("kumo.db"), CLOCK); Browser browser = Browser.open("ja")) {
            browser.go(server.base());
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
            assertThat(browser.driver().getTitle()).contains("簡易評価");
            browser.assertAccessible("/ (ja)");
            browser.screenshot("frame-ja");

            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".language-switch button")));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.go(server.base());
            assertThat(browser.driver().getTitle()).as("remembered on the next visit").contains("Quick assessment");
            browser.assertAccessible("/ (en)");
            browser.screenshot("frame-en");
        }
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichIsVisibleWhenFocused() {
        assumeTrue(Browser.available(), "Debian chromium and chromedriver are not installed (.ci/run installs them)");
        try (WebServer server = WebServer.start(dir.resolve("kumo.db"), CLOCK); Browser browser = Browser.open("ja")) {
            browser.go(server.base());
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
            assertThat(focused.getLocation().getX()).as("on screen when focused").isGreaterThanOrEqualTo(0);
        }
    }
}
