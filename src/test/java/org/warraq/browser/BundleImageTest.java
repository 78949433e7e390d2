package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warraq.testing.Browser;
import org.warraq.testing.StaticServer;
import org.warraq.testing.TestSite;

/**
 * A reader of an article from a page bundle sees the picture kept beside its index.md, under a base
 * URL with a path too, and its caption under it.
 */
class BundleImageTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void requireBrowser() {
        Browser.require();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void thePictureBesideTheArticleIsShown() throws IOException {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml().replace("https://example.org/", "https://example.org/archive/"),
                "content/ar/articles/rome/index.md", "---\ntitle: روما\ndate: 2021-06-29\nslug: اجتماع-روما\n---\n"
                        + "![قاعة الاجتماع](صور/القاعة.png \"القاعة قبل الجلسة الافتتاحية\")\n")
                .write("content/ar/articles/rome/صور/القاعة.png", png(40, 30));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        try (StaticServer server = StaticServer.start(site.output(), "/archive/")) {
            ChromeDriver browser = Browser.start(800, 600);
            try {
                browser.get(server.url() + "ar/articles/%D8%A7%D8%AC%D8%AA%D9%85%D8%A7%D8%B9-%D8%B1%D9%88%D9%85%D8%A7/");
                WebElement image = browser.findElement(By.cssSelector("article img"));
                assertEquals("قاعة الاجتماع", image.getAttribute("alt"));
                Object width = browser.executeScript("const i = arguments[0]; return i.complete ? i.naturalWidth : -1;", image);
                assertEquals(40L, width, "the picture loaded");
                WebElement caption = browser.findElement(By.cssSelector("article figure figcaption"));
                assertEquals("القاعة قبل الجلسة الافتتاحية", caption.getText());
                assertTrue(caption.getRect().getY() >= image.getRect().getY() + image.getRect().getHeight(),
                        "the caption is under the picture");
            } finally {
                browser.quit();
            }
        }
    }
}
