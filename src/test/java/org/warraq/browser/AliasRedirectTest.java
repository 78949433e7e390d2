package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warraq.testing.Browser;
import org.warraq.testing.StaticServer;
import org.warraq.testing.TestSite;

/** A reader following an article's old address (aliases:) in headless Chromium arrives at the article. */
class AliasRedirectTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void requireBrowser() {
        Browser.require();
    }

    @Test
    void anOldAddressLeadsToTheArticle() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/rome.md", "---\ntitle: روما\ndate: 2021-06-29\naliases: [/2021/06/rome-meeting/]\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        try (StaticServer server = StaticServer.start(site.output(), "/")) {
            ChromeDriver browser = Browser.start(800, 600);
            try {
                browser.get(server.url() + "2021/06/rome-meeting/");
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/ar/articles/rome/"));
                assertEquals("روما", browser.findElement(By.cssSelector("h1")).getText());
            } finally {
                browser.quit();
            }
        }
    }
}
