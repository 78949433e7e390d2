package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warraq.testing.Browser;
import org.warraq.testing.RepositorySite;

/**
 * Screenshots at 375 px and 1280 px of the home and an article page in Arabic and English, into
 * target/screenshots/ for people to look at; and the layout neither overflows sideways nor
 * loses its direction at either width.
 */
class ScreenshotTest {
    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({"ar/,375", "ar/,1280", "en/,375", "en/,1280",
            "ar/articles/coalition-shifts-to-africa/,375", "ar/articles/coalition-shifts-to-africa/,1280",
            "en/articles/coalition-shifts-to-africa/,375", "en/articles/coalition-shifts-to-africa/,1280"})
    void pageFitsTheViewportAndIsCaptured(String sitePath, int width) throws Exception {
        ChromeDriver browser = Browser.start(width, 900);
        try {
            // Headless Chromium keeps a window at least 500 px wide whatever --window-size says;
            // resizing after start gives the real width.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            browser.get(RepositorySite.get().url(sitePath));
            assertEquals((long) width, browser.executeScript("return document.documentElement.clientWidth;"));
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, "horizontal overflow at " + width + "px on " + sitePath);
            String dir = (String) browser.executeScript("return getComputedStyle(document.body).direction;");
            assertEquals(sitePath.startsWith("ar") ? "rtl" : "ltr", dir);
            Long height = (Long) browser.executeScript("return Math.min(document.documentElement.scrollHeight, 16000);");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, height.intValue()));
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Path file = Path.of("target/screenshots", sitePath.replace('/', '_') + width + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            assertTrue(png.length > 1000);
        } finally {
            browser.quit();
        }
    }
}
