package org.warraq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.warraq.testing.BuiltSite;
import org.warraq.testing.TestSite;

/**
 * src/test/resources/sites/three-languages: Arabic, English and Persian. Persian is added by
 * site.yaml and its content folder alone (its UI strings are the default theme's fa.properties),
 * and it gets everything the two original languages get.
 */
class ThreeLanguageSiteTest {
    private static final String BASE = "https://example.org/archive/";
    private static final String TRILINGUAL = "articles/marrakech-meeting/";

    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run run;
    static BuiltSite built;

    @BeforeAll
    static void build() {
        site = TestSite.fixture("three-languages", dir);
        run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        built = BuiltSite.read(site.output(), BASE);
    }

    @Test
    void buildSummaryCountsThePersianPagesAndThereAreNoWarnings() {
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+fa\\s+2 articles\\s+1 topic\\s+1 tag\\s+1 page\\s+\\(10 HTML files\\)")),
                run.out());
        assertTrue(run.out().contains("0 warnings"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void persianPagesAreRightToLeftInPersian() {
        List<String> persian = built.pages().keySet().stream().filter(p -> p.startsWith("fa/")).toList();
        assertEquals(List.of("fa/404.html", "fa/about/index.html", "fa/articles/marrakech-meeting/index.html",
                "fa/articles/persian-only/index.html", "fa/index.html", "fa/search/index.html", "fa/tags/index.html",
                "fa/tags/مراکش/index.html", "fa/topics/coalition-meetings/index.html", "fa/topics/index.html"), persian);
        for (BuiltSite.Page page : built.pages().values()) {
            String lang = page.path().contains("/") ? page.path().substring(0, page.path().indexOf('/')) : "ar";
            assertEquals(lang, page.lang(), page.path());
            assertEquals(lang.equals("en") ? "ltr" : "rtl", page.dir(), page.path());
        }
    }

    @Test
    void translatedArticleHasHreflangForAllThreeLanguagesAndXDefault() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String lang : List.of("ar", "en", "fa")) {
            expected.put(lang, BASE + lang + "/" + TRILINGUAL);
        }
        expected.put("x-default", BASE + "ar/" + TRILINGUAL);
        for (String lang : List.of("ar", "en", "fa")) {
            assertEquals(expected, built.page(lang + "/" + TRILINGUAL + "index.html").alternates(), lang);
        }
        built.assertHreflangReciprocal();
    }

    @Test
    void articleInTwoOfThreeLanguagesNamesOnlyThoseTwo() {
        assertEquals(List.of("ar", "en", "x-default"),
                List.copyOf(built.page("ar/articles/africa-shift/index.html").alternates().keySet()));
        assertEquals(Map.of("fa", BASE + "fa/articles/persian-only/", "x-default", BASE + "fa/articles/persian-only/"),
                built.page("fa/articles/persian-only/index.html").alternates());
    }

    @Test
    void persianArticleLinksToItsTranslationsAndShowsPersianDatesAndDigits() {
        var doc = built.page("fa/" + TRILINGUAL + "index.html").doc();
        assertEquals("۱۱ مهٔ ۲۰۲۲", doc.selectFirst("time[datetime=2022-05-11]").text());
        assertEquals("۲۱ اردیبهشت ۱۴۰۱", doc.selectFirst(".hijri bdi").text(), "the Solar Hijri date, calendar: persian");
        assertEquals("۱ دقیقه مطالعه", doc.selectFirst(".reading-time").text());
        assertEquals(List.of("/archive/ar/" + TRILINGUAL, "/archive/en/" + TRILINGUAL),
                doc.select(".translations a").eachAttr("href"));
        assertEquals("نوشته اشرف کمال", doc.selectFirst(".byline").text());
    }

    @Test
    void persianHomeListsPersianArticlesAndMarksTheOneOnlyInArabic() {
        var doc = built.page("fa/index.html").doc();
        assertEquals("۳ مقاله", doc.selectFirst(".latest .count").text());
        assertEquals(List.of("گزارشی فقط به فارسی", "التحالف يتجه إلى إفريقيا", "نشست ائتلاف در مراکش"),
                doc.select(".latest .card__title").eachText());
        assertEquals("فقط به عربی", doc.selectFirst(".latest .marker").text());
        assertEquals("تازه‌ترین مقاله‌ها", doc.selectFirst("#latest-heading").text());
    }

    @Test
    void rootChooserOffersAllThreeLanguagesWithAbsoluteAlternates() {
        var root = built.page("index.html");
        assertEquals(List.of("/archive/ar/", "/archive/en/", "/archive/fa/"), root.doc().select(".language-homes a").eachAttr("href"));
        assertEquals("فارسی", root.doc().selectFirst(".language-homes a[lang=fa]").text());
        assertEquals(BASE, root.canonical());
        assertEquals(Map.of("ar", BASE + "ar/", "en", BASE + "en/", "fa", BASE + "fa/", "x-default", BASE + "ar/"),
                root.alternates());
    }

    @Test
    void persianFeedIsAtomInPersianWithItsTwoArticles() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.read("fa/feed.xml").getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals("fa", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        List<String> ids = new ArrayList<>();
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
        }
        assertEquals(List.of(BASE + "fa/articles/persian-only/", BASE + "fa/" + TRILINGUAL), ids);
        assertTrue(built.page("fa/index.html").doc().select("link[type=application/atom+xml]").attr("href").equals("/archive/fa/feed.xml"));
    }

    @Test
    void sitemapListsPersianPagesWithTheirAlternates() {
        String sitemap = site.read("sitemap.xml");
        String entry = sitemap.substring(sitemap.indexOf("<loc>" + BASE + "fa/" + TRILINGUAL + "</loc>"));
        entry = entry.substring(0, entry.indexOf("</url>"));
        for (String lang : List.of("ar", "en", "fa")) {
            assertTrue(entry.contains("hreflang=\"" + lang + "\" href=\"" + BASE + lang + "/" + TRILINGUAL + "\""), entry);
        }
        assertTrue(sitemap.contains("<loc>" + BASE + "fa/about/</loc>"), sitemap);
    }

    @Test
    void persianSearchPageGetsItsOwnIndexAndPersianDigitsForCounts() throws Exception {
        var status = built.page("fa/search/index.html").doc().selectFirst("[data-digits]");
        assertEquals("arabext", status.attr("data-digits"));
        assertEquals("{0} نتیجه", status.attr("data-count-one"));
        assertFalse(status.hasAttr("data-count-few"), "Persian has no 'few' form");
        try (var files = Files.list(site.output().resolve("fa/search"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("manifest-")));
        }
    }
}
