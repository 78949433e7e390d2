package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** Hugo's summary divider, {@code <!--more-->}, moved with a site: the text above it is the summary, and the line is not published. */
class SummaryDividerTest {
    @TempDir
    Path dir;

    private TestSite site(String frontMatter, String body) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/more.md", "---\ntitle: المزيد\ndate: 2022-05-11\n" + frontMatter + "---\n" + body);
    }

    @Test
    void theTextAboveTheDividerIsTheSummaryAndTheDividerIsNotPublished() {
        TestSite site = site("", "اجتمع **الوزراء**\nفي [روما](https://example.org/).\n\n<!--more-->\n\nبقية النص.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        Document page = Jsoup.parse(site.read("ar/articles/more/index.html"));
        assertEquals("اجتمع الوزراء في روما.", page.selectFirst("meta[name=description]").attr("content"));
        assertFalse(page.html().contains("more--"), "no trace of the divider");
        assertNull(page.selectFirst(".article__summary"), "the summary is the body's opening: not shown twice");
        assertTrue(page.selectFirst(".prose").text().contains("بقية النص."));
        assertTrue(Jsoup.parse(site.read("ar/index.html")).text().contains("اجتمع الوزراء في روما."), "lists show it");
        // Rendered again from the parse cache, whose texts are decoded only as far as needed.
        String first = site.read("ar/articles/more/index.html");
        assertTrue(site.output().resolve("ar/articles/more/index.html").toFile().delete());
        assertEquals(0, site.build().exitCode());
        assertEquals(first, site.read("ar/articles/more/index.html"));
    }

    @Test
    void aSummaryInFrontMatterWinsAndIsShownUnderTheHeadline() {
        TestSite site = site("summary: ملخص مكتوب.\n", "الفقرة الأولى.\n\n<!--more-->\n\nبقية النص.\n");
        assertEquals(0, site.build().exitCode());
        Document page = Jsoup.parse(site.read("ar/articles/more/index.html"));
        assertEquals("ملخص مكتوب.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("ملخص مكتوب.", page.selectFirst(".article__summary").text());
        assertFalse(page.html().contains("more--"));
    }

    @Test
    void aDividerInCodeIsAnExampleAndStays() {
        TestSite site = site("", "مثال:\n\n```\n<!--more-->\n```\n");
        assertEquals(0, site.build().exitCode());
        Document page = Jsoup.parse(site.read("ar/articles/more/index.html"));
        assertEquals("<!--more-->", page.selectFirst("pre code").text());
        assertNull(page.selectFirst("meta[name=description]"));
    }
}
