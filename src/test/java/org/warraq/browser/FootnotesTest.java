package org.warraq.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.warraq.testing.Browser;
import org.warraq.testing.StaticServer;
import org.warraq.testing.TestSite;

/**
 * Footnotes ({@code [^1]}) as a reader meets them in headless Chromium, in both directions: the
 * reference leads to its note and the note's arrow back to the reference; the arrow points back
 * along the line (mirrored in Arabic), the notes' rule sits at the text's start side, and the
 * numbers are in the page's digits.
 */
class FootnotesTest {
    /** A body whose note is a screen or more below its reference. */
    private static String body(String sentence, String paragraph, String note) {
        return sentence + "[^source]\n\n" + (paragraph + "\n\n").repeat(40) + "[^source]: " + note + "\n";
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void requireBrowser() {
        Browser.require();
    }

    @Test
    void aReferenceLeadsToItsNoteAndBackInBothDirections() {
        String paragraph = "فقرة طويلة تملأ الصفحة حتى لا تظهر الملاحظات في أول الشاشة.";
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/story.md", "---\ntitle: خبر\ndate: 2022-05-11\n---\n\n"
                        + body("قال المتحدث", paragraph, "بيان الخارجية المغربية."),
                "content/en/articles/story.md", "---\ntitle: Story\ndate: 2022-05-11\n---\n\n"
                        + body("The spokesman said", "A long paragraph that fills the page.", "Moroccan foreign ministry."));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        try (StaticServer server = StaticServer.start(site.output(), "/")) {
            ChromeDriver browser = Browser.start(800, 600);
            try {
                double arArrow = followAndReturn(browser, server.url() + "ar/articles/story/", "بيان الخارجية المغربية.");
                assertEquals(List.of("١", "arabic-indic"), numbering(browser), "numbered in the page's digits (numerals: arab)");
                double enArrow = followAndReturn(browser, server.url() + "en/articles/story/", "Moroccan foreign ministry.");
                assertEquals(List.of("1", "decimal"), numbering(browser));
                assertEquals(-1.0, arArrow, "the arrow is mirrored in right-to-left text");
                assertEquals(1.0, enArrow, "and drawn as it is in left-to-right text");
            } finally {
                browser.quit();
            }
        }
    }

    /** Follows the page's footnote reference and the note's way back; returns the back arrow's horizontal scale. */
    private static double followAndReturn(ChromeDriver browser, String url, String note) {
        browser.get(url);
        assertTrue(!inView(browser, "#fn-1"), "the note starts out of sight: " + url);
        browser.findElement(By.cssSelector("sup a.footnote-ref")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#fn-1"), browser.getCurrentUrl());
        assertTrue(inView(browser, "#fn-1"), "the note is in sight after following its reference: " + url);
        assertEquals(note, browser.findElement(By.cssSelector("#fn-1 > p")).getText());
        Object lines = browser.executeScript("const p = document.querySelector('#fn-1 > p').getBoundingClientRect();"
                + " const a = document.querySelector('#fn-1 .footnote-backref').getBoundingClientRect();"
                + " return [p.top, p.bottom, a.top, a.bottom];");
        java.util.List<?> box = (java.util.List<?>) lines;
        double middle = (((Number) box.get(2)).doubleValue() + ((Number) box.get(3)).doubleValue()) / 2;
        assertTrue(middle > ((Number) box.get(0)).doubleValue() && middle < ((Number) box.get(1)).doubleValue(),
                "the way back is on the note's line: " + url + " " + lines);
        boolean rtl = "rtl".equals(browser.executeScript("return document.documentElement.dir;"));
        Object ruleOffset = browser.executeScript("const hr = document.querySelector('.footnotes hr').getBoundingClientRect();"
                + " const prose = document.querySelector('.prose').getBoundingClientRect();"
                + " return arguments[0] ? prose.right - hr.right : hr.left - prose.left;", rtl);
        assertTrue(((Number) ruleOffset).doubleValue() < 1, "the rule starts where the text starts: " + url + " " + ruleOffset);
        double scale = ((Number) browser.executeScript("return new DOMMatrix(getComputedStyle("
                + "document.querySelector('#fn-1 .footnote-backref')).transform).a;")).doubleValue();
        browser.findElement(By.cssSelector("#fn-1 .footnote-backref")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#fnref-1"), browser.getCurrentUrl());
        assertTrue(inView(browser, "#fnref-1"), "back at the reference: " + url + " " + browser.executeScript("const r = document.querySelector('#fnref-1').getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight, window.scrollY];"));
        return scale;
    }

    /** The first reference's number and the list style of the notes. */
    private static List<Object> numbering(ChromeDriver browser) {
        return List.of(browser.findElement(By.cssSelector("sup a.footnote-ref")).getText(),
                browser.executeScript("return getComputedStyle(document.querySelector('.footnotes ol')).listStyleType;"));
    }

    private static boolean inView(ChromeDriver browser, String selector) {
        return (Boolean) browser.executeScript("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 16 && r.bottom <= window.innerHeight;", selector); // with room above it
    }
}
