package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.testing.Browser;
import org.warraq.testing.StaticServer;
import org.warraq.testing.TestSite;

/**
 * The Persian search page of the three-language fixture in headless Chromium: a reader typing on
 * an Arabic keyboard (ي for ی, ك for ک), with Arabic-Indic or Latin digits or without the
 * zero-width non-joiner finds what the Persian text spells otherwise; and a Persian article's
 * dateline, with the Solar Hijri date beside the Gregorian one.
 */
class PersianSearchTest {
    @TempDir
    static Path dir;
    private static StaticServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Browser.require();
        TestSite site = TestSite.fixture("three-languages", dir);
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        server = StaticServer.start(site.output(), "/archive/");
        browser = Browser.start(1000, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPersianArticleShowsItsSolarHijriDateBesideTheGregorianOne() {
        browser.get(server.url() + "fa/articles/marrakech-meeting/");
        assertEquals("۱۱ مهٔ ۲۰۲۲ (۲۱ اردیبهشت ۱۴۰۱)", browser.findElement(By.cssSelector(".dateline__item")).getText());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "as written, نشست مراکش, marrakech-meeting persian-only",
        "Arabic kaf, مراكش, marrakech-meeting persian-only",
        "Arabic yeh and kaf, وزيران كشورهاي, marrakech-meeting",
        "Arabic yeh, بين‌المللي, marrakech-meeting",
        "Arabic yeh, فارسي, persian-only"})
    void arabicKeyboardSpellingsFindThePersianText(String variant, String query, String expected) {
        browser.get(server.url() + "fa/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "false".equals(d.findElement(By.id("search-results")).getAttribute("aria-busy"))
                        && !d.findElement(By.id("search-status")).getText().isBlank());
        List<String> found = browser.findElements(By.cssSelector("#search-results > li > a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/articles/([^/]+)/$", "$1")).toList();
        assertEquals(List.of(expected.split(" ")), found.stream().sorted().toList(), variant + ": " + query);
    }
}
