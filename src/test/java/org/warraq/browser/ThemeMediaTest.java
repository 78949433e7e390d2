package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warraq.testing.Browser;
import org.warraq.testing.RepositorySite;

/**
 * The default theme's media in headless Chromium: dark mode when the reader's system prefers it,
 * the print stylesheet, the skip link and visible focus, and the narrowest phone (320 px).
 */
class ThemeMediaTest {
    private static final String ARTICLE = "ar/articles/coalition-shifts-to-africa/";

    @BeforeAll
    static void requireBrowser() {
        Browser.require();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar/", ARTICLE, "en/", "en/articles/coalition-shifts-to-africa/"})
    void darkModeFollowsTheReadersPreferenceWithReadableContrast(String sitePath) throws Exception {
        ChromeDriver browser = phone(375, 900);
        try {
            emulate(browser, Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            browser.get(RepositorySite.get().url(sitePath));
            assertViewport(browser, 375);
            double background = luminance(browser, "return getComputedStyle(document.body).backgroundColor;");
            double text = luminance(browser, "return getComputedStyle(document.querySelector('main')).color;");
            assertTrue(background < 0.05, "dark background on " + sitePath + ": luminance " + background);
            double contrast = (text + 0.05) / (background + 0.05);
            assertTrue(contrast >= 7, "body text contrast in dark mode on " + sitePath + ": " + contrast);
            Path file = Path.of("target/screenshots", sitePath.replace('/', '_') + "dark_375.png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    @Test
    void lightModeIsTheDefault() {
        ChromeDriver browser = Browser.start(375, 900);
        try {
            emulate(browser, Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
            browser.get(RepositorySite.get().url("ar/"));
            assertTrue(luminance(browser, "return getComputedStyle(document.body).backgroundColor;") > 0.9);
        } finally {
            browser.quit();
        }
    }

    @Test
    void printingHidesNavigationAndKeepsTheArticle() {
        ChromeDriver browser = Browser.start(800, 900);
        try {
            emulate(browser, Map.of("media", "print"));
            browser.get(RepositorySite.get().url(ARTICLE));
            for (String hidden : List.of(".site-header nav", ".skip-link", ".language-switch", ".site-footer", ".related")) {
                Object display = browser.executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? getComputedStyle(e).display : 'none';", hidden);
                assertEquals("none", display, hidden + " in print");
            }
            assertEquals("block", browser.executeScript("return getComputedStyle(document.querySelector('main')).display;"));
            assertTrue(luminance(browser, "return getComputedStyle(document.body).backgroundColor;") > 0.99, "white paper");
            Object sourceLink = browser.executeScript("const a = document.querySelector('.prose a[href^=\"http\"]');"
                    + " return a ? getComputedStyle(a, '::after').content : null;");
            assertTrue(sourceLink == null || sourceLink.toString().contains("http"), "external links print their address: " + sourceLink);
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar/", "en/"})
    void firstTabShowsTheSkipLinkWithAVisibleFocusRing(String sitePath) {
        ChromeDriver browser = Browser.start(375, 900);
        try {
            browser.get(RepositorySite.get().url(sitePath));
            browser.findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            assertEquals("skip-link", focused.getAttribute("class"));
            Number top = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top;", focused);
            assertTrue(top.doubleValue() >= 0, "skip link on screen once focused, top " + top);
            assertEquals("solid", browser.executeScript("return getComputedStyle(arguments[0]).outlineStyle;", focused));
            focused.sendKeys(Keys.ENTER);
            assertEquals("main", browser.executeScript("return document.activeElement.id || location.hash.slice(1);"));
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar/", ARTICLE, "ar/topics/", "ar/search/?q=مراكش", "en/", "en/articles/coalition-shifts-to-africa/"})
    void nothingOverflowsTheNarrowestPhone(String sitePath) {
        ChromeDriver browser = phone(320, 640);
        try {
            browser.get(RepositorySite.get().url(sitePath));
            assertViewport(browser, 320);
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, "horizontal overflow at 320px on " + sitePath);
        } finally {
            browser.quit();
        }
    }

    /**
     * A browser whose viewport is exactly {@code width} CSS pixels: headless Chromium keeps its
     * window at least 500 px wide whatever --window-size says, so the viewport is set directly.
     */
    private static ChromeDriver phone(int width, int height) {
        ChromeDriver browser = Browser.start(width, height);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        return browser;
    }

    private static void assertViewport(ChromeDriver browser, int width) {
        assertEquals((long) width, browser.executeScript("return document.documentElement.clientWidth;"));
    }

    private static void emulate(ChromeDriver browser, Map<String, Object> media) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", media);
    }

    /** Relative luminance (WCAG) of the CSS color the script returns ("rgb(r, g, b)"). */
    private static double luminance(ChromeDriver browser, String script) {
        String color = (String) browser.executeScript(script);
        String[] parts = color.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
