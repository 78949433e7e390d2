package org.warraq.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** Every kind of link between content files, built through the CLI under a base URL with a path. */
class InternalLinksTest {
    @TempDir
    Path dir;

    private static String yaml(String extra) {
        return TestSite.siteYaml().replace("https://example.org/", "https://example.org/archive/") + extra;
    }

    private static String article(String title, String date, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntopics: [coalition-meetings]\nsummary: s\n---\n" + body;
    }

    private TestSite site(String extraYaml, String body) {
        return TestSite.of(dir, "site.yaml", yaml(extraYaml),
                "content/ar/articles/from.md", article("من", "2022-05-11", body),
                "content/ar/articles/other.md", article("آخر", "2022-05-10", "مقدمة\n\n## الخلفية\n\nنص.\n"),
                "content/en/articles/english-only.md", article("English only", "2022-05-09", "## Background\n\nText.\n"),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: اجتماعات\n---\nمقدمة الموضوع.\n");
    }

    private Document page(TestSite site, String path) {
        return Jsoup.parse(site.read(path));
    }

    private String href(TestSite site, String text) {
        return page(site, "ar/articles/from/index.html").select(".article__body a, main a").stream()
                .filter(a -> a.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no link " + text))
                .attr("href");
    }

    @Test
    void linkToSiblingFileBecomesItsUrlUnderTheBasePath() {
        TestSite site = site("", "[آخر](other.md)\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertEquals("/archive/ar/articles/other/", href(site, "آخر"));
    }

    /** A sibling's bare file name (found without path arithmetic) and the same file spelled as a path lead alike. */
    @Test
    void aSiblingNamedBareOrAsAPathLeadsToTheSamePage() {
        TestSite site = site("", "[a](other.md) [b](./other.md) [c](../articles/other.md) [d](../../ar/articles/other.md#الخلفية)"
                + " [e](other.md#الخلفية) [f](from.md) [g](../topics/coalition-meetings.md)\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        for (String text : List.of("a", "b", "c")) {
            assertEquals("/archive/ar/articles/other/", href(site, text), text);
        }
        assertEquals(href(site, "d"), href(site, "e"));
        assertEquals("/archive/ar/articles/from/", href(site, "f"));
        assertEquals("/archive/ar/topics/coalition-meetings/", href(site, "g"));

        TestSite.Run broken = site("", "[x](other.md.md) [y](./other.md.md) [z](index.md)\n").build();
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("link to 'other.md.md': content/ar/articles/other.md.md does not exist (or is a draft)"),
                broken.err());
        assertTrue(broken.err().contains("link to './other.md.md': content/ar/articles/other.md.md does not exist (or is a draft)"),
                broken.err());
        assertTrue(broken.err().contains("link to 'index.md': content/ar/articles/index.md does not exist (or is a draft)"),
                broken.err());
    }

    @Test
    void aLinkOrImageWhoseAddressCouldRunCodeIsLeftOutAndReportedInEveryBuild() {
        TestSite site = site("", "نص.\n\n[انقر](javascript:alert(1)) و ![صورة](data:text/html,x)\n");
        for (String build : List.of("first", "from the cache")) {
            TestSite.Run run = site.build();
            assertEquals(0, run.exitCode(), run.all());
            assertTrue(run.err().contains("content/ar/articles/from.md:9:1: warning: link to 'javascript:alert(1)' left out:"
                    + " an address like this can run code in readers' browsers — use an http(s) address or a page of the site"),
                    build + ": " + run.err());
            assertTrue(run.err().contains("content/ar/articles/from.md:9:31: warning: image 'data:text/html,x' left out:"), build + ": " + run.err());
        }
        Document page = page(site, "ar/articles/from/index.html");
        assertEquals("", href(site, "انقر"), "the text stays, without the address");
        assertFalse(page.html().contains("javascript:"));

        // A long address is cut after 60 characters, never inside one (here each is two UTF-16 units).
        String faces = "\uD83D\uDE00".repeat(70);
        TestSite.Run run = site("", "[x](data:text/html," + faces + ")\n").build();
        String expected = "warning: link to 'data:text/html," + "\uD83D\uDE00".repeat(60 - "data:text/html,".length()) + "…' left out";
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void linkToTopicFileInAnotherFolderBecomesTheTopicUrl() {
        TestSite site = site("", "[الموضوع](../topics/coalition-meetings.md)\n");
        assertEquals(0, site.build().exitCode());
        assertEquals("/archive/ar/topics/coalition-meetings/", href(site, "الموضوع"));
    }

    @Test
    void linkWithHeadingKeepsTheAnchorWhichExistsOnTheTarget() {
        TestSite site = site("", "[الخلفية](other.md#الخلفية)\n");
        assertEquals(0, site.build().exitCode(), site.build().all());
        String href = href(site, "الخلفية");
        assertEquals("/archive/ar/articles/other/#%D8%A7%D9%84%D8%AE%D9%84%D9%81%D9%8A%D8%A9", href);
        assertFalse(page(site, "ar/articles/other/index.html").select("[id=الخلفية]").isEmpty());
    }

    @Test
    void linkToAnotherLanguagesFileResolvesToThatLanguagesPage() {
        TestSite site = site("", "[English](../../en/articles/english-only.md#background)\n");
        assertEquals(0, site.build().exitCode());
        assertEquals("/archive/en/articles/english-only/#background", href(site, "English"));
    }

    @Test
    void anchorOnlyLinkPointsIntoTheSamePage() {
        TestSite site = site("", "[أسفل](#القسم)\n\n## القسم\n");
        assertEquals(0, site.build().exitCode());
        assertEquals("#%D8%A7%D9%84%D9%82%D8%B3%D9%85", href(site, "أسفل"));
    }

    @Test
    void bracketedTextWithoutADefinitionIsTextNotABrokenLink() {
        TestSite site = site("", "قال [كذا] في التقرير [١] و[[ويكي]] و![صورة] ثم [الخلفية][أخرى].\n\n[أخرى]: other.md#الخلفية\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        Element paragraph = page(site, "ar/articles/from/index.html").selectFirst(".prose p");
        assertEquals("قال [كذا] في التقرير [١] و[[ويكي]] و![صورة] ثم الخلفية.", paragraph.text());
        assertEquals(1, paragraph.select("a").size(), paragraph.html());
        assertEquals("/archive/ar/articles/other/#%D8%A7%D9%84%D8%AE%D9%84%D9%81%D9%8A%D8%A9", href(site, "الخلفية"));
    }

    @Test
    void missingFileIsAnErrorWithPathLineAndColumn() {
        TestSite site = site("", "سطر أول.\n\nانظر [هنا](missng.md).\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/from.md:9:6: error: link to 'missng.md': "
                + "content/ar/articles/missng.md does not exist (or is a draft) — check the file name"), run.err());
    }

    @Test
    void missingFileSuggestsTheClosestName() {
        TestSite.Run run = site("", "[x](othr.md)\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:1: error: link to 'othr.md': "
                + "content/ar/articles/othr.md does not exist (or is a draft) — did you mean 'other.md'?"), run.err());
    }

    @Test
    void missingAnchorIsAnErrorNamingTheHeadingsThatExist() {
        TestSite.Run run = site("", "[x](other.md#nope)\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:1: error: link to 'other.md#nope': "
                + "no heading with id 'nope' in content/ar/articles/other.md — its heading ids are: الخلفية"), run.err());
    }

    @Test
    void anAnchorInAPageWithoutHeadingsSaysToLinkToThePageItself() {
        TestSite.Run run = site("", "[x](../topics/coalition-meetings.md#nope)\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:1: error: link to '../topics/coalition-meetings.md#nope': "
                + "no heading with id 'nope' in content/ar/topics/coalition-meetings.md — it has no headings: link to the page"
                + " without '#nope'"), run.err());
    }

    @Test
    void aLinkToAPathOfTheSiteIsCheckedAgainstTheFilesTheBuildMakes() {
        TestSite site = site("", "[ok](/archive/ar/articles/other/) [feed](/archive/ar/feed.xml) [css](/archive/css/warraq.css)"
                + " [none](/archive/ar/articles/nope/)\n\n![photo](/archive/img/none.png) ![outside](/img/photo.png)\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("content/ar/articles/from.md:7:95: error: link to '/archive/ar/articles/nope/': the site has no such page"
                        + " or file — check the path",
                "content/ar/articles/from.md:9:1: error: image '/archive/img/none.png': the site has no such file — check the path,"
                        + " or add the file to static/",
                "content/ar/articles/from.md:9:33: error: image '/img/photo.png' is outside the site's base path /archive/ — write"
                        + " /archive/img/photo.png"),
                run.err().lines().filter(l -> l.contains(": error: ")).toList());

        TestSite fixed = site("links: {broken: warning}\n", "[none](/archive/ar/articles/nope/)\n");
        TestSite.Run warned = fixed.build();
        assertEquals(0, warned.exitCode(), warned.all());
        assertTrue(warned.err().contains("content/ar/articles/from.md:7:1: warning: link to '/archive/ar/articles/nope/'"), warned.err());
        assertEquals("/archive/ar/articles/nope/", href(fixed, "none"), "kept as written");
    }

    @Test
    void siteYamlCanMakeBrokenLinksWarnings() {
        TestSite site = site("links: {broken: warning}\n", "[x](missing.md) [y](other.md#nope)\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:1: warning: link to 'missing.md'"), run.err());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:17: warning: link to 'other.md#nope'"), run.err());
        assertEquals("#", href(site, "x"));
    }

    @Test
    void linkToAFileOutsideContentIsAnError() {
        TestSite.Run run = site("", "[x](../../../README.md)\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:1: error: link to '../../../README.md' points outside "
                + "content/<lang>/<kind>/ — check the path"), run.err());
    }

    @Test
    void linkToAFileNameNoFileCanHaveIsAnErrorNotACrash() {
        TestSite.Run run = site("", "[x](other%00.md)\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:1: error: link to 'other%00.md' names no possible file "
                + "(nul character not allowed) — check the link's path"), run.err());
    }

    @Test
    void aControlCharacterQuotedFromALinkReachesTheTerminalEscaped() {
        TestSite.Run run = site("", "[x](#%1b[2Jgone)\n").build();
        assertEquals(1, run.exitCode());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertTrue(run.err().contains("content/ar/articles/from.md:7:1: error: link to '#%1b[2Jgone': no heading with id "
                + "'\\u001b[2Jgone'"), run.err());
    }
}
