package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.testing.Browser;
import org.warraq.testing.RepositorySite;

/**
 * The search page of the repository site (served under /archive/, as on GitHub Pages) in headless
 * Chromium, with the spellings readers actually type. Each expected article was checked against
 * content/: the query's word, in some spelling, is in that article and in no other listed.
 */
class SearchPageTest {
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Browser.require();
        browser = Browser.start(1024, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            clitic و                  | وموزمبيق   | coalition-renews-africa-efforts coalition-shifts-to-africa
            clitic ل                  | لموزمبيق   | coalition-renews-africa-efforts coalition-shifts-to-africa
            clitic بال                | بالموزمبيق | coalition-renews-africa-efforts coalition-shifts-to-africa
            alef without hamza (أ)    | افغانستان  | coalition-renews-africa-efforts marrakech-ministerial-meeting
            alef without madda (آ)    | اسيوية     | coalition-renews-africa-efforts
            hamza below (إ for أ)     | إفغانستان  | coalition-renews-africa-efforts marrakech-ministerial-meeting
            ه for ة                   | الرقه      | coalition-renews-africa-efforts defeating-isis-after-syria-iraq
            ي for ى                   | مستوي      | coalition-renews-africa-efforts
            tashkeel                  | مُرَاكِش    | coalition-renews-africa-efforts marrakech-ministerial-meeting
            tatweel                   | مـراكـــش   | coalition-renews-africa-efforts marrakech-ministerial-meeting
            Arabic-Indic digits       | ٢٠٢٠       | isis-expands-west-africa
            partial word              | مراك       | coalition-renews-africa-efforts marrakech-ministerial-meeting
            partial word with ال      | الموص      | coalition-renews-africa-efforts defeating-isis-after-syria-iraq
            synonym (text has ترمب)   | ترامب      | coalition-shifts-to-africa
            """)
    void arabicVariantsFindTheArticle(String variant, String query, String expected) {
        assertEquals(List.of(expected.split(" ")), sorted(results("ar", query)), variant + " " + query);
    }

    @Test
    void cliticsFindWhatTheBareWordFinds() {
        List<String> bare = results("ar", "التحالف");
        assertEquals(5, bare.size(), bare.toString());
        for (String query : List.of("والتحالف", "بالتحالف", "للتحالف", "وللتحالف")) {
            assertEquals(bare, results("ar", query), query);
        }
    }

    @Test
    void matchedSurfaceWordsAreHighlighted() {
        results("ar", "التحالف");
        List<String> marked = browser.findElements(By.cssSelector("#search-results mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marked.contains("للتحالف"), "the word with its clitic is marked: " + marked);
        results("en", "expanding");
        WebElement title = browser.findElement(By.cssSelector("#search-results a[href$='/isis-expands-west-africa/'] mark"));
        assertEquals("expands", title.getText(), "English stemming: expanding finds and marks expands");
    }

    @Test
    void englishStemsAndSpellingVariants() {
        assertTrue(results("en", "meetings").contains("marrakech-ministerial-meeting"));
        assertEquals(List.of("coalition-renews-africa-efforts", "marrakech-ministerial-meeting"),
                sorted(results("en", "Marrakesh")), "the text spells it Marrakech");
        assertEquals(5, results("en", "Daesh").size(), "every article says ISIS");
    }

    @Test
    void resultsShowTitleDateTopicsAndLinkUnderTheBasePath() {
        results("ar", "مراكش");
        WebElement first = browser.findElement(By.cssSelector("#search-results > li"));
        String href = first.findElement(By.tagName("a")).getAttribute("href");
        assertTrue(href.startsWith(RepositorySite.get().url("ar/articles/")), href);
        WebElement time = first.findElement(By.cssSelector(".result__meta time"));
        assertTrue(time.getAttribute("datetime").matches("\\d{4}-\\d{2}-\\d{2}"), time.getAttribute("datetime"));
        assertTrue(time.getText().matches(".*[٠-٩]{4}.*"), "the date in Arabic digits: " + time.getText());
        assertTrue(first.findElement(By.className("result__meta")).getText().contains("اجتماعات التحالف"),
                first.getText());
        assertFalse(first.findElement(By.className("result__snippet")).getText().isBlank());
        for (WebElement script : browser.findElements(By.cssSelector("script[src]"))) {
            assertTrue(script.getAttribute("src").startsWith(RepositorySite.get().url("")), script.getAttribute("src"));
        }
    }

    @Test
    void typingSearchesAsTheLastWordGrows() {
        results("ar", "");
        WebElement input = browser.findElement(By.id("q"));
        input.sendKeys("مراك");
        waitForResults("مراك");
        assertEquals(List.of("coalition-renews-africa-efforts", "marrakech-ministerial-meeting"), sorted(links()));
        assertTrue(browser.getCurrentUrl().contains("?q="), browser.getCurrentUrl());
    }

    @Test
    void arrowKeysMoveThroughResultsAndEscapeReturnsToTheBox() {
        List<String> found = results("ar", "مراكش");
        assertEquals(2, found.size(), found.toString());
        WebElement input = browser.findElement(By.id("q"));
        input.click();
        List<WebElement> links = browser.findElements(By.cssSelector("#search-results > li > a"));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), browser.switchTo().activeElement());
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), browser.switchTo().activeElement());
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), browser.switchTo().activeElement(), "stays on the last result");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(links.get(0), browser.switchTo().activeElement());
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(input, browser.switchTo().activeElement());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(input, browser.switchTo().activeElement());
    }

    /** Loads /<lang>/search/?q=query and returns the slugs of the results in rank order. */
    private static List<String> results(String lang, String query) {
        browser.get(RepositorySite.get().url(lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        waitForResults(query);
        return links();
    }

    // Results are in once the list is no longer busy and the status line speaks of this query.
    private static void waitForResults(String query) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "false".equals(d.findElement(By.id("search-results")).getAttribute("aria-busy"))
                        && (query.isBlank() || !d.findElement(By.id("search-status")).getText().isBlank()));
    }

    private static List<String> links() {
        return browser.findElements(By.cssSelector("#search-results > li > a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/articles/([^/]+)/$", "$1")).toList();
    }

    private static List<String> sorted(List<String> slugs) {
        return slugs.stream().sorted().toList();
    }
}
