package org.warraq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** The model stage through whole builds: drafts and pages that would collide in the output. */
class ModelBuilderTest {
    @TempDir
    Path dir;

    private static String article(String title, String extra) {
        return "---\ntitle: \"" + title + "\"\ndate: 2022-05-11\n" + extra + "---\nنص.\n";
    }

    private TestSite site(String... pathsAndTexts) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml()).writeAll(pathsAndTexts);
    }

    private static List<String> errors(TestSite.Run run) {
        return run.err().lines().filter(l -> l.contains(": error: ")).toList();
    }

    @Test
    void draftsAreLeftOutOfTheBuild() {
        TestSite site = site("content/ar/articles/published.md", article("منشور", ""),
                "content/ar/articles/unfinished.md", article("مسودة", "draft: true\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.exists(site.output().resolve("ar/articles/published/index.html")));
        assertFalse(Files.exists(site.output().resolve("ar/articles/unfinished")));
        assertFalse(site.read("ar/feed.xml").contains("مسودة"));
        assertFalse(site.read("ar/index.html").contains("مسودة"));
        assertFalse(site.read("sitemap.xml").contains("unfinished"));
    }

    @Test
    void draftsAreIncludedWithTheDraftsOption() {
        TestSite site = site("content/ar/articles/unfinished.md", article("مسودة", "draft: true\n"));
        TestSite.Run run = site.build("--drafts");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(site.read("ar/articles/unfinished/index.html").contains("مسودة"));
    }

    @Test
    void draftFalseIsPublished() {
        TestSite site = site("content/ar/articles/ready.md", article("جاهز", "draft: false\n"));
        assertEquals(0, site.build().exitCode());
        assertTrue(Files.exists(site.output().resolve("ar/articles/ready/index.html")));
    }

    @Test
    void aTagWithoutALetterOrDigitIsLeftOutWithAWarning() {
        TestSite site = site("content/ar/articles/tagged.md", article("موسوم", "tags: [\"#\", \"\", \"a/b\"]\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/tagged.md: warning: tag '#' left out: it has no letter or digit"), run.err());
        assertTrue(run.err().contains("content/ar/articles/tagged.md: warning: tag '' left out"), run.err());
        assertTrue(Files.exists(site.output().resolve("ar/tags/a-b/index.html")), "a tag with letters stays");
    }

    @Test
    void aSlugWithoutALetterOrDigitGivesWayToTheFileNameWithAWarningAtItsLine() {
        TestSite site = site("content/ar/articles/hot.md", article("عاجل", "slug: \"🔥\"\n"),
                "content/ar/articles/marked.md", article("معلم", "slug: \"a\\u200Fb\"\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/hot.md:4:1: warning: slug '🔥' has no letter or digit to make an address"
                + " of: the file's name is used — give it letters, or remove it"), run.err());
        assertTrue(run.err().contains("content/ar/articles/marked.md:4:1: warning: bidi control characters removed from the slug 'ab'"),
                "at the slug's line, not the title's: " + run.err());
        assertTrue(Files.exists(site.output().resolve("ar/articles/hot/index.html")));
    }

    @Test
    void aFileNameWithoutALetterOrDigitIsAnErrorNotAPageAtTheFoldersAddress() {
        TestSite site = site("content/ar/articles/🔥.md", article("عاجل", ""), "content/ar/pages/!!.md", "---\ntitle: صفحة\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("content/ar/articles/🔥.md: error: the file's name '🔥' has no letter or digit to make an address of"
                + " — rename the file, or give it a slug with letters", "content/ar/pages/!!.md: error: the file's name '!!' has no"
                + " letter or digit to make an address of — rename the file, or give it a slug with letters"), errors(run));
    }

    @Test
    void oneTagOrTopicMayBeWrittenWithoutAList() {
        TestSite site = site("content/ar/articles/single.md", article("مفرد", "tags: روما\ntopics: coalition-meetings\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.exists(site.output().resolve("ar/tags/روما/index.html")), run.all());
        assertTrue(site.read("ar/topics/coalition-meetings/index.html").contains("/ar/articles/single/"));
    }

    @Test
    void aDateInTheFutureIsPublishedWithAWarning() {
        TestSite site = site("content/ar/articles/typo.md", article("خطأ مطبعي", "").replace("date: 2022-05-11", "date: 2202-05-11"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/typo.md: warning: date 2202-05-11 is in the future; the article is"
                + " published and listed first — check the year, or keep it as a draft (draft: true) until then"), run.err());
        assertTrue(Files.exists(site.output().resolve("ar/articles/typo/index.html")));
        assertFalse(site("content/ar/articles/typo.md", article("اليوم", "")).build().err().contains("in the future"),
                "a past date says nothing");
    }

    @Test
    void anUpdateDatedBeforeTheArticleIsAWarning() {
        TestSite site = site("content/ar/articles/late.md", article("متأخر", "updated: 2021-01-01\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/late.md: warning: updated (2021-01-01) is before the article's date"
                + " (2022-05-11) — fix one of them"), run.err());
    }

    @Test
    void twoArticlesWithOneSlugAreAnErrorNamingBothFiles() {
        TestSite.Run run = site("content/en/articles/first.md", article("First", "slug: report\n"),
                "content/en/articles/second.md", article("Second", "slug: report\n")).build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("content/en/articles/second.md:4:1: error: writes the same output path /en/articles/report/"
                + " as content/en/articles/first.md — give one of them another slug or file name"), errors(run));
    }

    @Test
    void aPageAtAnAddressTheBuildWritesItselfIsAnError() throws java.io.IOException {
        TestSite site = site("content/en/pages/about.md", "---\ntitle: About\nslug: Search\n---\nText.\n",
                "content/ar/pages/tags.md", "---\ntitle: وسوم\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("content/ar/pages/tags.md: error: /ar/tags/ is the build's own address (it writes articles, topics,"
                + " tags, search, page, feed.xml, 404.html, index.html under each language) — give the page another slug"
                + " (slug: …) or file name",
                "content/en/pages/about.md:3:1: error: /en/search/ is the build's own address (it writes articles, topics, tags,"
                + " search, page, feed.xml, 404.html, index.html under each language) — give the page another slug"), errors(run));
        assertFalse(Files.exists(site.output()), "nothing written");
    }

    /** The list the model checks pages against is what the build writes: a site with every kind of page. */
    @Test
    void theBuildsOwnAddressesUnderALanguageAreTheOnesPagesMayNotTake() throws java.io.IOException {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml() + "pageSize: 1\n").writeAll(
                "content/ar/articles/one.md", article("واحد", "topics: [coalition-meetings]\ntags: [وسم]\n"),
                "content/ar/articles/two.md", article("اثنان", "topics: [coalition-meetings]\ntags: [وسم]\n"),
                "content/ar/pages/about.md", "---\ntitle: عن\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        try (var entries = Files.list(site.output().resolve("ar"))) {
            List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("about")).sorted().toList();
            assertTrue(names.containsAll(List.of("articles", "feed.xml", "index.html", "page", "search", "tags", "topics")), names.toString());
            assertTrue(ModelBuilder.GENERATED_UNDER_LANGUAGE.containsAll(names), names + " not all in " + ModelBuilder.GENERATED_UNDER_LANGUAGE);
        }
    }

    @Test
    void namesTooLongForAFolderAndTopicIdsThatAreNoFolderNameAreErrors() {
        String longTag = "وسم".repeat(50); // 150 letters, 300 bytes
        TestSite.Run run = site("content/ar/articles/long.md", article("طويل", "slug: " + "a".repeat(256) + "\ntags: [" + longTag
                + "]\ntopics: [\"../x\", \"A b\"]\n")).build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of(
                "content/ar/articles/long.md: error: tag '" + "وسم".repeat(13) + "و…' is 300 bytes long as a folder name, more than"
                        + " file systems allow (255; an Arabic letter takes two) — shorten the tag",
                "content/ar/articles/long.md: error: topic id '../x' is not valid — use lower-case letters, digits and hyphens"
                        + " (africa-expansion)",
                "content/ar/articles/long.md: error: topic id 'A b' is not valid — use lower-case letters, digits and hyphens"
                        + " (africa-expansion)",
                "content/ar/articles/long.md:4:1: error: slug '" + "a".repeat(40) + "…' is 256 bytes long as a folder name, more"
                        + " than file systems allow (255; an Arabic letter takes two) — shorten it"), errors(run));
        assertFalse(run.all().contains("Exception"), run.all());
        TestSite.Run topicFile = site("content/ar/topics/Big Topic.md", "---\ntitle: موضوع\n---\nمقدمة.\n").build();
        assertEquals(1, topicFile.exitCode(), topicFile.all());
        assertTrue(topicFile.err().contains("content/ar/topics/Big Topic.md: error: topic id 'Big Topic' is not valid — use"
                + " lower-case letters, digits and hyphens (africa-expansion) in the file's name"), topicFile.err());
    }

    @Test
    void slugEqualToAnotherArticlesFileNameCollides() {
        TestSite.Run run = site("content/en/articles/report.md", article("Report", ""),
                "content/en/articles/other.md", article("Other", "slug: report\n")).build();
        assertEquals(1, run.exitCode(), run.all());
        String error = errors(run).get(0);
        assertTrue(error.contains("content/en/articles/other.md") && error.contains("content/en/articles/report.md"), error);
    }

    @Test
    void slugsThatDifferOnlyInCaseCollide() {
        TestSite.Run run = site("content/en/articles/a.md", article("A", "slug: Annual-Report\n"),
                "content/en/articles/b.md", article("B", "slug: annual-report\n")).build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("content/en/articles/b.md:4:1: error: writes the same output path /en/articles/annual-report/"
                + " as content/en/articles/a.md — give one of them another slug or file name"), errors(run));
    }

    @Test
    void fileNamesThatDifferOnlyInCaseCollide() {
        TestSite.Run run = site("content/en/articles/Report.md", article("Upper", ""),
                "content/en/articles/report.md", article("Lower", "")).build();
        assertEquals(1, run.exitCode(), run.all());
        String error = errors(run).get(0);
        assertTrue(error.contains("content/en/articles/Report.md") && error.contains("content/en/articles/report.md"), error);
    }

    @Test
    void slugsThatDifferOnlyInUnicodeNormalizationCollide() {
        String nfc = "caf\u00E9";
        String nfd = "cafe\u0301";
        TestSite.Run run = site("content/en/articles/composed.md", article("Composed", "slug: \"" + nfc + "\"\n"),
                "content/en/articles/decomposed.md", article("Decomposed", "slug: \"" + nfd + "\"\n")).build();
        assertEquals(1, run.exitCode(), run.all());
        String error = errors(run).get(0);
        assertTrue(error.startsWith("content/en/articles/decomposed.md:4:1: error: writes the same output path /en/articles/"), error);
        assertTrue(error.contains(" as content/en/articles/composed.md — "), error);
    }

    @Test
    void fileNamesThatDifferOnlyInUnicodeNormalizationCollide() {
        // Arabic with a combining hamza (NFD) and the precomposed letter (NFC): one URL to a reader.
        String nfc = "\u0623\u062E\u0628\u0627\u0631";       // أخبار
        String nfd = "\u0627\u0654\u062E\u0628\u0627\u0631"; // ا + hamza above, خبار
        TestSite.Run run = site("content/ar/articles/" + nfc + ".md", article("أ", ""),
                "content/ar/articles/" + nfd + ".md", article("ب", "")).build();
        assertEquals(1, run.exitCode(), run.all());
        String error = errors(run).get(0);
        assertTrue(error.contains("content/ar/articles/" + nfc + ".md") && error.contains("content/ar/articles/" + nfd + ".md"),
                error);
    }

    @Test
    void standalonePageAndArticleInDifferentFoldersDoNotCollide() {
        TestSite site = site("content/en/articles/about.md", article("About the coalition", ""),
                "content/en/pages/about.md", "---\ntitle: About\n---\nText.\n");
        assertEquals(0, site.build().exitCode());
        assertTrue(Files.exists(site.output().resolve("en/about/index.html")));
        assertTrue(Files.exists(site.output().resolve("en/articles/about/index.html")));
    }

    @Test
    void articlesAreListedNewestFirstAndThoseOfOneDayByFileName() {
        TestSite site = site("content/ar/articles/b-second.md", article("ب", ""),
                "content/ar/articles/a-first.md", article("أ", ""),
                "content/ar/articles/c-newer.md", "---\ntitle: \"ج\"\ndate: 2023-01-01\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        for (String page : List.of("ar/feed.xml", "ar/index.html")) { // the feed in the edition's order, lists sorted again
            String text = site.read(page);
            int newer = text.indexOf("articles/c-newer/");
            int first = text.indexOf("articles/a-first/");
            int second = text.indexOf("articles/b-second/");
            assertTrue(newer >= 0 && newer < first && first < second, page + ": " + text);
        }
    }

    @Test
    void aTagOrTopicNamedTwiceByOneArticleCountsOnce() {
        TestSite site = site("content/ar/articles/twice.md", article("مرتين", "tags: [وسم, وسم, \"!!\"]\ntopics: [iraq, iraq]\n"),
                "content/ar/articles/once.md", article("مرة", "tags: [وسم]\ntopics: [iraq]\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        String twice = site.read("ar/articles/twice/index.html");
        String once = site.read("ar/articles/once/index.html");
        assertEquals(count(once, "/tags/"), count(twice, "/tags/"), twice);
        assertEquals(count(once, "/topics/iraq/"), count(twice, "/topics/iraq/"), twice);
        assertTrue(count(twice, "/topics/iraq/") > 0, twice);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void sameNameInTwoLanguagesIsATranslationNotACollision() {
        TestSite site = site("content/ar/articles/meeting.md", article("اجتماع", ""),
                "content/en/articles/meeting.md", article("Meeting", ""));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(site.read("ar/articles/meeting/index.html").contains("hreflang=\"en\""));
    }

    @Test
    void dotsThatWouldLeaveTheSiteOrHideAPageAreDroppedFromSlugsAndTags() {
        TestSite site = site("content/ar/articles/a.md", article("أ", "slug: \"../../../evil\"\ntags: [\"../../x\", \".hidden\", \"v2.0\"]\n"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.exists(site.output().resolve("ar/articles/evil/index.html")));
        assertTrue(Files.exists(site.output().resolve("ar/tags/x/index.html")));
        assertTrue(Files.exists(site.output().resolve("ar/tags/hidden/index.html")));
        assertTrue(Files.exists(site.output().resolve("ar/tags/v2.0/index.html")));
        assertEquals("a.b", Slugs.of("..a..b"));
    }
}
