package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.model.OutputFile;
import org.warraq.output.OutputWriter;
import org.warraq.testing.TestSite;

/**
 * The preview's quick path: an article edit applied to the last build gives the files a clean
 * build of the edited sources gives, except what it leaves to the background build (related
 * lists and the search index); and edits it cannot apply exactly are left to a full build.
 */
class ArticleEditsTest {
    private static final String A4 = "content/ar/articles/a4.md";

    @TempDir
    Path dir;

    private static String article(String title, String date, String tags, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntopics: [coalition-meetings]\ntags: [" + tags
                + "]\nsummary: \"" + title + ".\"\n---\n\n" + body + "\n";
    }

    private static String arabic(int i, String title, String body) {
        return article(title, "2022-05-0" + i, "وسم" + (i % 3), body);
    }

    private static String body(int i, String next) {
        return "نص المقال " + i + " عن التحالف. [التالي](" + next + ")\n\n## قسم\n\nفقرة أخرى.";
    }

    private TestSite site() {
        TestSite site = TestSite.of(dir.resolve("src"), "site.yaml", TestSite.siteYaml() + "pageSize: 2\n");
        for (int i = 1; i <= 9; i++) {
            site.write("content/ar/articles/a" + i + ".md", arabic(i, "مقال " + i, body(i, "a" + (i % 9 + 1) + ".md")));
            if (i % 3 != 0) {
                site.write("content/en/articles/a" + i + ".md", article("Article " + i, "2022-05-0" + i, "tag" + (i % 3),
                        "Text of article " + i + " about the coalition."));
            }
        }
        return site;
    }

    /** A preview build of the site, its output in {@code out}. */
    private LastBuild previewBuild(TestSite site, Path out) {
        BuildReport report = BuildPipeline.forPreview(false).build(new BuildOptions(site.root(), out, null, false));
        return report.lastBuild();
    }

    /**
     * Builds {@code site} for the preview into {@code out}, rewrites a4 as {@code text} and applies
     * that edit to the output; the files it wrote, by path.
     */
    private List<String> editA4(TestSite site, Path out, String text) {
        LastBuild last = previewBuild(site, out);
        site.write(A4, text);
        Optional<ArticleEdits.Edit> edit = new ArticleEdits().apply(last, Set.of(A4));
        assertTrue(edit.isPresent(), "the quick path applies");
        OutputWriter.replaceFiles(out, edit.get().files());
        return edit.get().files().stream().map(OutputFile::path).toList();
    }

    /** Every file of an output, as text, without what the quick path leaves to the background build. */
    private static Map<String, String> comparable(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String path = output.relativize(f).toString();
                if (!path.contains("/search/")) {
                    files.put(path, Files.readString(f).replaceAll("(?s)<section class=\"related\".*?</section>", ""));
                }
            }
        }
        return files;
    }

    private void assertSameAsCleanBuild(TestSite site, Path out) throws IOException {
        Path clean = dir.resolve("clean");
        BuildPipeline.run(new BuildOptions(site.root(), clean, null, false));
        assertEquals(comparable(clean), comparable(out));
    }

    @Test
    void aBodyEditRewritesOnlyTheArticleAndItsFeed() throws IOException {
        TestSite site = site();
        Path out = dir.resolve("out");
        List<String> written = editA4(site, out, arabic(4, "مقال 4", body(4, "a5.md") + "\n\nجملة أضيفت الآن."));

        assertEquals(List.of("ar/articles/a4/index.html", "ar/feed.xml"), written);
        assertTrue(Files.readString(out.resolve("ar/articles/a4/index.html")).contains("جملة أضيفت الآن."));
        assertSameAsCleanBuild(site, out);
    }

    @Test
    void aNewTitleReachesListsNeighboursAndBacklinks() throws IOException {
        TestSite site = site();
        Path out = dir.resolve("out");
        List<String> written = editA4(site, out, arabic(4, "عنوان جديد للمقال", body(4, "a5.md")));

        // a4 links to a5 (backlinks), its topic neighbours are a3 and a5; it is on page 3 of the
        // home and topic lists (two per page, newest first) and on page 1 of its tag's list.
        assertTrue(written.containsAll(List.of("ar/articles/a4/index.html", "ar/articles/a3/index.html",
                "ar/articles/a5/index.html", "ar/page/3/index.html", "ar/feed.xml")), written.toString());
        assertFalse(written.contains("ar/page/2/index.html"), "lists a4 is not on stay as they were");
        assertSameAsCleanBuild(site, out);
    }

    @Test
    void aChangedLinkUpdatesTheBacklinksOfBothTargets() throws IOException {
        TestSite site = site();
        Path out = dir.resolve("out");
        List<String> written = editA4(site, out, arabic(4, "مقال 4", body(4, "a1.md")));

        assertTrue(written.containsAll(List.of("ar/articles/a1/index.html", "ar/articles/a5/index.html")), written.toString());
        assertSameAsCleanBuild(site, out);
    }

    @Test
    void editsThatMoveListsOrBreakLinksAreLeftToAFullBuild() throws IOException {
        TestSite site = site();
        LastBuild last = previewBuild(site, dir.resolve("out"));
        ArticleEdits edits = new ArticleEdits();
        Map<String, String> needFullBuild = Map.of(
                "a new date reorders every list", arabic(4, "مقال 4", body(4, "a5.md")).replace("2022-05-04", "2022-06-04"),
                "a new tag changes the tag lists", arabic(4, "مقال 4", body(4, "a5.md")).replace("وسم1", "وسم1, جديد"),
                "a broken link must be reported", arabic(4, "مقال 4", body(4, "missing.md")),
                "a link to a path the site lacks must be reported", arabic(4, "مقال 4", body(4, "a5.md") + "\n[x](/ar/articles/gone/)\n"),
                "a renamed heading may break links to it", arabic(4, "مقال 4", body(4, "a5.md").replace("## قسم", "## باب")),
                "an error in the front matter must be reported", "---\ntitle: [\n---\nنص\n");
        needFullBuild.forEach((why, text) -> {
            site.write(A4, text);
            assertTrue(edits.apply(last, Set.of(A4)).isEmpty(), why);
        });
        site.write("content/ar/articles/a10.md", arabic(9, "مقال جديد", "نص."));
        assertTrue(edits.apply(last, Set.of("content/ar/articles/a10.md")).isEmpty(), "a new article joins lists");
        assertTrue(edits.apply(last, Set.of("templates/article.html")).isEmpty(), "not an article");
        site.write(A4, arabic(4, "مقال 4", body(4, "a5.md") + "\n[x](/ar/articles/a5/)\n"));
        assertTrue(edits.apply(last, Set.of(A4)).isPresent(), "a link to a path the site has is an edit like any other");
    }
}
