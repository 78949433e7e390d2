package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.testing.Browser;
import org.warraq.testing.RepositorySite;

/** The root page sends each visitor to their language, or to the default one (also without JavaScript). */
class LanguageChooserTest {
    @ParameterizedTest(name = "browser language {0}, JavaScript {1} → {2}")
    @CsvSource({"en-US,true,en/", "ar,true,ar/", "ar-EG,true,ar/", "fr-FR,true,ar/", "en-US,false,ar/"})
    void rootSendsVisitorToTheirLanguage(String browserLanguage, boolean javascript, String expected) {
        ChromeDriver browser = Browser.start(800, 600, browserLanguage, javascript);
        try {
            browser.get(RepositorySite.get().url(""));
            String target = RepositorySite.get().url(expected);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> target.equals(d.getCurrentUrl()));
            assertEquals(target, browser.getCurrentUrl());
            assertEquals(expected.substring(0, 2), browser.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
        } finally {
            browser.quit();
        }
    }
}
