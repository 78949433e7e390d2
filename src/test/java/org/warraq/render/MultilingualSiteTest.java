package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** What readers of each language see: switching, markers, digits, dates and isolation of mixed-direction text. */
class MultilingualSiteTest {
    @TempDir
    Path dir;

    private TestSite site(String otherLanguageArticles) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml() + "pageSize: 1\notherLanguageArticles: " + otherLanguageArticles + "\n",
                "content/ar/articles/both.md", """
                        ---
                        title: "اجتماع NATO في مراكش"
                        date: 2022-05-11
                        author: "Douglas Hoyt"
                        topics: [coalition-meetings]
                        tags: [مراكش]
                        ---
                        نص.
                        """,
                "content/en/articles/both.md", """
                        ---
                        title: "The مراكش meeting"
                        date: 2022-05-11
                        topics: [coalition-meetings]
                        ---
                        Text.
                        """,
                "content/ar/articles/arabic-only.md", """
                        ---
                        title: "مقال بالعربية فقط"
                        date: 2021-06-29
                        topics: [coalition-meetings]
                        ---
                        نص.
                        """);
    }

    private Document page(TestSite site, String path) {
        return Jsoup.parse(site.read(path));
    }

    @Test
    void everyPageLinksToTheSamePageInTheOtherLanguageOrItsListNeverA404() {
        TestSite site = site("marker");
        assertEquals(0, site.build().exitCode());
        Document both = page(site, "ar/articles/both/index.html");
        assertEquals("/en/articles/both/", both.selectFirst(".language-switch a[lang=en]").attr("href"));
        Document only = page(site, "ar/articles/arabic-only/index.html");
        assertEquals("/en/", only.selectFirst(".language-switch a[lang=en]").attr("href"));
        Document topic = page(site, "ar/topics/coalition-meetings/index.html");
        assertEquals("/en/topics/coalition-meetings/", topic.selectFirst(".language-switch a[lang=en]").attr("href"));
    }

    @Test
    void listsMarkArticlesThatExistOnlyInAnotherLanguage() {
        TestSite site = site("marker");
        assertEquals(0, site.build().exitCode());
        Document enTopic = page(site, "en/topics/coalition-meetings/page/2/index.html");
        Element card = enTopic.selectFirst("article.card");
        assertNotNull(card, enTopic.html());
        assertEquals("ar", card.attr("lang"));
        assertEquals("rtl", card.attr("dir"));
        assertEquals("Arabic only", card.selectFirst(".marker").text());
        assertEquals("en", card.selectFirst(".marker").attr("lang"));
    }

    @Test
    void listsCanHideArticlesThatExistOnlyInAnotherLanguage() {
        TestSite site = site("hide");
        assertEquals(0, site.build().exitCode());
        assertTrue(page(site, "en/index.html").select(".marker").isEmpty());
        assertFalse(site.output().resolve("en/page/2/index.html").toFile().exists());
    }

    @Test
    void arabicPagesShowArabicIndicDigitsInDatesCountsReadingTimeAndPagination() {
        TestSite site = site("marker");
        assertEquals(0, site.build().exitCode());
        Document article = page(site, "ar/articles/both/index.html");
        assertEquals("١١ مايو ٢٠٢٢", article.selectFirst(".dateline time").text());
        assertEquals("2022-05-11", article.selectFirst(".dateline time").attr("datetime"));
        assertEquals("دقيقة واحدة للقراءة", article.selectFirst(".reading-time").text());
        Document home = page(site, "ar/index.html");
        assertEquals("مقالان", home.selectFirst("p.count").text());
        assertEquals("١", home.selectFirst(".pager__pages a").text());
        Document english = page(site, "en/index.html");
        assertEquals("11 May 2022", english.selectFirst("time").text());
    }

    @Test
    void everyDateIsATimeElementWithItsIsoValue() {
        TestSite site = site("marker");
        assertEquals(0, site.build().exitCode());
        for (String path : new String[] {"ar/index.html", "en/index.html", "ar/articles/both/index.html",
                "ar/topics/coalition-meetings/index.html"}) {
            for (Element time : page(site, path).select("time")) {
                assertTrue(time.attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}.*"), path + ": " + time);
            }
        }
    }

    @Test
    void mixedDirectionRunsAreIsolated() {
        TestSite site = site("marker");
        assertEquals(0, site.build().exitCode());
        Document article = page(site, "ar/articles/both/index.html");
        assertEquals("Douglas Hoyt", article.selectFirst(".byline bdi.author").text());
        assertFalse(article.select(".chips a bdi").isEmpty());
        Document topic = page(site, "en/topics/coalition-meetings/index.html");
        assertFalse(topic.select(".breadcrumbs bdi").isEmpty());
        assertFalse(topic.select("p.count bdi").isEmpty());
        Element card = topic.selectFirst("article.card");
        assertEquals("en", card.attr("lang"));
        assertEquals("ltr", card.attr("dir"));
    }

    @Test
    void bidiControlsInTitlesAreReportedWithFileAndLine() {
        TestSite site = site("marker").write("content/ar/articles/spoof.md",
                "---\ndate: 2022-01-01\ntitle: \"عنوان \u202Egnp.exe\u202C\"\nslug: \"sp\u202Eoof\"\n---\nنص\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/spoof.md:3:1: warning: title contains bidirectional control characters"), run.err());
        assertTrue(site.output().resolve("ar/articles/spoof/index.html").toFile().exists());
    }
}
