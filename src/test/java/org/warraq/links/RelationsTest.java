package org.warraq.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** Related articles, backlinks and previous/next within a topic, as shown on built article pages. */
class RelationsTest {
    @TempDir
    Path dir;

    private static String article(String title, String date, String topics, String tags, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntopics: [" + topics + "]\ntags: [" + tags
                + "]\nsummary: s\n---\n" + body + "\n";
    }

    private static List<String> hrefs(TestSite site, String page, String selector) {
        Document doc = Jsoup.parse(site.read(page));
        return doc.select(selector).eachAttr("href");
    }

    private TestSite relatedSite(String yamlExtra) {
        String yaml = TestSite.siteYaml().replace("topics: [coalition-meetings]", "topics: [meetings, africa]") + yamlExtra;
        return TestSite.of(dir, "site.yaml", yaml,
                "content/en/articles/rome.md", article("Rome meeting", "2021-06-28", "meetings, africa", "Rome, Blinken",
                        "Ministers met in Rome to discuss the coalition strategy in Africa and the Sahel."),
                "content/en/articles/marrakech.md", article("Marrakech meeting", "2022-05-11", "meetings, africa", "Blinken",
                        "Ministers met in Marrakech to discuss the coalition strategy in Africa and the Sahel."),
                "content/en/articles/twin-a.md", article("Twin A", "2020-01-01", "meetings", "", "A short note on budgets."),
                "content/en/articles/twin-b.md", article("Twin B", "2020-01-01", "meetings", "", "A short note on budgets."),
                "content/en/articles/zz-newer.md", article("Newer twin", "2020-02-01", "meetings", "", "A short note on budgets."),
                "content/ar/articles/rome.md", article("اجتماع روما", "2021-06-28", "meetings, africa", "روما",
                        "اجتمع الوزراء في روما لبحث استراتيجية التحالف في أفريقيا."));
    }

    @Test
    void relatedArticlesShareTopicsTagsAndTextBestFirstWithinTheLanguage() {
        TestSite site = relatedSite("related: 2\n");
        assertEquals(0, site.build().exitCode());
        List<String> related = hrefs(site, "en/articles/rome/index.html", ".related h3 a");
        assertEquals("/en/articles/marrakech/", related.get(0));
        assertTrue(related.stream().allMatch(h -> h.startsWith("/en/")), related.toString());
    }

    @Test
    void relatedCountComesFromSiteYaml() {
        TestSite site = relatedSite("related: 1\n");
        assertEquals(0, site.build().exitCode());
        assertEquals(1, hrefs(site, "en/articles/rome/index.html", ".related h3 a").size());
        TestSite more = relatedSite("related: 4\n");
        assertEquals(0, more.build().exitCode());
        assertEquals(4, hrefs(more, "en/articles/rome/index.html", ".related h3 a").size());
    }

    @Test
    void relatedZeroTurnsTheSectionOffAndMinusOneIsAnError() {
        TestSite site = relatedSite("related: 0\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        Document page = Jsoup.parse(site.read("en/articles/rome/index.html"));
        assertTrue(page.select(".related").isEmpty(), "no related section");
        for (String article : List.of("marrakech", "twin-a", "twin-b", "zz-newer")) {
            assertTrue(java.nio.file.Files.exists(site.output().resolve("en/articles/" + article + "/index.html")), article);
        }
        assertTrue(hrefs(site, "en/topics/meetings/index.html", ".card a").contains("/en/articles/rome/"), "lists unchanged");
        TestSite negative = relatedSite("related: -1\n");
        TestSite.Run refused = negative.build();
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("error: 'related' must be 0 (none shown) or more, not -1"), refused.err());
    }

    @Test
    void tiesBreakByDateNewestFirstThenByName() {
        TestSite site = relatedSite("related: 3\n");
        assertEquals(0, site.build().exitCode());
        // twin-a, twin-b and zz-newer are equally related: the newer comes first although its name sorts last.
        assertEquals(List.of("/en/articles/zz-newer/", "/en/articles/twin-b/"),
                hrefs(site, "en/articles/twin-a/index.html", ".related h3 a").subList(0, 2));
        assertEquals(List.of("/en/articles/zz-newer/", "/en/articles/twin-a/"),
                hrefs(site, "en/articles/twin-b/index.html", ".related h3 a").subList(0, 2));
        String first = site.read("en/articles/twin-a/index.html");
        assertEquals(0, site.build().exitCode());
        assertEquals(first, site.read("en/articles/twin-a/index.html"));
    }

    @Test
    void arabicTextIsComparedAfterNormalizationAndStemming() {
        String yaml = TestSite.siteYaml().replace("topics: [coalition-meetings]", "topics: []");
        TestSite site = TestSite.of(dir, "site.yaml", yaml,
                "content/ar/articles/a.md", "---\ntitle: \"أ\"\ndate: 2022-01-01\nsummary: s\n---\nإطلاق الصواريخ على مدينة الموصل\n",
                "content/ar/articles/b.md", "---\ntitle: \"ب\"\ndate: 2022-01-02\nsummary: s\n---\nاطلاق صواريخ في المدينة والموصل\n",
                "content/ar/articles/c.md", "---\ntitle: \"ج\"\ndate: 2022-01-03\nsummary: s\n---\nمباراة كرة القدم انتهت بالتعادل\n");
        assertEquals(0, site.build().exitCode());
        assertEquals(List.of("/ar/articles/b/"), hrefs(site, "ar/articles/a/index.html", ".related h3 a"));
    }

    @Test
    void backlinksListArticlesThatLinkHereIncludingFromOtherLanguages() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/target.md", article("الهدف", "2022-01-01", "coalition-meetings", "", "نص."),
                "content/ar/articles/source.md", article("المصدر", "2022-01-02", "coalition-meetings", "", "[الهدف](target.md)"),
                "content/en/articles/english.md", article("English", "2022-01-03", "coalition-meetings", "",
                        "[Arabic original](../../ar/articles/target.md)"));
        assertEquals(0, site.build().exitCode());
        assertEquals(List.of("/en/articles/english/", "/ar/articles/source/"),
                hrefs(site, "ar/articles/target/index.html", ".backlinks a"));
        assertEquals(List.of(), hrefs(site, "ar/articles/source/index.html", ".backlinks a"));
    }

    @Test
    void previousAndNextFollowDatesWithinEachTopic() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/old.md", article("قديم", "2020-01-01", "coalition-meetings", "", "نص."),
                "content/ar/articles/middle.md", article("أوسط", "2021-01-01", "coalition-meetings", "", "نص."),
                "content/ar/articles/new.md", article("جديد", "2022-01-01", "coalition-meetings", "", "نص."));
        assertEquals(0, site.build().exitCode());
        assertEquals(List.of("/ar/articles/old/"), hrefs(site, "ar/articles/middle/index.html", ".neighbours a[rel=prev]"));
        assertEquals(List.of("/ar/articles/new/"), hrefs(site, "ar/articles/middle/index.html", ".neighbours a[rel=next]"));
        assertEquals(List.of(), hrefs(site, "ar/articles/old/index.html", ".neighbours a[rel=prev]"));
        assertEquals(List.of(), hrefs(site, "ar/articles/new/index.html", ".neighbours a[rel=next]"));
    }
}
