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

/**
 * The less common link targets and failures (standalone pages, ASCII and Arabic anchors, a
 * --base-url override, drafts, a missing language edition, non-Markdown targets, every broken
 * link of a build); {@link InternalLinksTest} has the common ones.
 */
class InternalLinkTargetsTest {
    @TempDir
    Path dir;

    private static String article(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2022-05-11\ntopics: [coalition-meetings]\n---\n" + body;
    }

    /** A site whose ar article "source" has the given body, beside a few link targets. */
    private TestSite site(String sourceBody) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/source.md", article("المصدر", sourceBody),
                "content/ar/articles/other.md", article("مقال آخر", "## الخلفية\n\nنص.\n\n## Next steps\n\nنص.\n"),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: \"اجتماعات التحالف\"\n---\nمقدمة.\n",
                "content/en/articles/other.md", article("Other", "## Background\n\nText.\n"),
                "content/ar/pages/about.md", "---\ntitle: \"عن الموقع\"\n---\nنص.\n");
    }

    private Document built(TestSite site, String path, String... options) {
        TestSite.Run run = site.build(options);
        assertEquals(0, run.exitCode(), run.all());
        return Jsoup.parse(site.read(path));
    }

    private static List<String> bodyLinks(Document page) {
        return page.select("main .article__body a, main article a").eachAttr("href").stream().distinct().toList();
    }

    private static String href(Document page, String text) {
        return page.select("a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "' in " + page.body().html())).attr("href");
    }

    @Test
    void linkToAStandalonePage() {
        Document page = built(site("[عن](../pages/about.md)\n"), "ar/articles/source/index.html");
        assertEquals("/ar/about/", href(page, "عن"));
    }

    @Test
    void linkWithAnAnchorKeepsItPercentEncoded() {
        Document page = built(site("[a](other.md#next-steps) [b](other.md#الخلفية)\n"), "ar/articles/source/index.html");
        assertEquals("/ar/articles/other/#next-steps", href(page, "a"));
        assertEquals("/ar/articles/other/#%D8%A7%D9%84%D8%AE%D9%84%D9%81%D9%8A%D8%A9", href(page, "b"));
    }

    @Test
    void linksCarryTheBaseUrlPath() {
        Document page = built(site("[الآخر](other.md) [بالإنجليزية](../../en/articles/other.md)\n"),
                "ar/articles/source/index.html", "--base-url", "https://example.org/archive/");
        assertEquals("/archive/ar/articles/other/", href(page, "الآخر"));
        assertEquals("/archive/en/articles/other/", href(page, "بالإنجليزية"));
    }

    @Test
    void linkToAMissingLanguageEditionIsAnError() {
        TestSite.Run run = site("[x](../../en/articles/source.md)\n").build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("content/ar/articles/source.md:6:1: error: link to '../../en/articles/source.md':"
                + " content/en/articles/source.md does not exist (or is a draft)"), run.err());
    }

    @Test
    void linkToADraftIsBroken() {
        TestSite site = site("[x](draft.md)\n").write("content/ar/articles/draft.md",
                "---\ntitle: \"مسودة\"\ndate: 2022-05-11\ndraft: true\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/draft.md does not exist (or is a draft)"), run.err());
        assertEquals(0, site.build("--drafts").exitCode());
    }

    @Test
    void allBrokenLinksOfABuildAreReported() {
        TestSite site = site("[a](missing-one.md)\n\n[b](other.md#missing)\n")
                .write("content/en/articles/third.md", article("Third", "[c](missing-two.md)\n"));
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        List<String> positions = run.err().lines().filter(l -> l.contains(": error: "))
                .map(l -> l.substring(0, l.indexOf(": error: "))).toList();
        assertEquals(List.of("content/ar/articles/source.md:6:1", "content/ar/articles/source.md:8:1",
                "content/en/articles/third.md:6:1"), positions);
    }

    @Test
    void linkThatIsNotAMarkdownFileIsBroken() {
        TestSite.Run run = site("[x](other)\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("content/ar/articles/source.md:6:1: error: link to 'other' is not a Markdown file"
                + " of this site — link to a .md file ('other.md'), or use an absolute URL"), run.err());
    }

    @Test
    void aLinkToAPagesAddressSaysWhichFileToLinkTo() {
        TestSite.Run run = site("[x](../other/)\n").build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("content/ar/articles/source.md:6:1: error: link to '../other/' is not a Markdown file"
                + " of this site — link to a .md file ('other.md'), or use an absolute URL"), run.err());
    }

    @Test
    void resolvedLinksAppearInTheBodyOnly() {
        Document page = built(site("[الآخر](other.md)\n"), "ar/articles/source/index.html");
        assertTrue(bodyLinks(page).contains("/ar/articles/other/"), bodyLinks(page).toString());
        assertTrue(page.html().indexOf("warraq-link:") < 0, "no placeholder left");
    }
}
