package org.warraq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.ContentLoader;
import org.warraq.content.ParseCache;
import org.warraq.problem.Problem;
import org.warraq.problem.Progress;
import org.warraq.testing.TestSite;

/** The model of a build after an edit, updated from the last one: always the model a full build makes. */
class RememberedModelTest {
    @TempDir
    Path dir;

    private final ParseCache cache = new ParseCache();
    private final RememberedModel models = new RememberedModel();

    private static String article(String title, String date, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntopics: [coalition-meetings]\ntags: [بغداد]\n---\n" + body + "\n";
    }

    private TestSite site() {
        // No topic file: the topic's warning is told at the first article naming it, the one edited below.
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/first.md", article("الأول\u202E", "2022-05-11", "نص."),
                "content/ar/articles/second.md", article("الثاني", "2022-05-10", "نص آخر."),
                "content/en/articles/first.md", article("First", "2022-05-11", "Text."));
    }

    /** Builds the model through the remembered one, and checks it against a full build of the same pages. */
    private ModelBuilder.Result build() {
        SiteConfig config = SiteConfigLoader.load(dir).config();
        ContentLoader.Content content = ContentLoader.load(dir, config, cache, Progress.NONE);
        ModelBuilder.Result result = models.build(config, content.pages(), content.bundleFiles(), false);
        ModelBuilder.Result full = ModelBuilder.build(config, content.pages(), content.bundleFiles(), false);
        assertEquals(full.site(), result.site());
        assertEquals(sorted(full.problems()), sorted(result.problems()));
        return result;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Problem.ORDER).toList();
    }

    @Test
    void anEditToAnArticlesTextUpdatesTheModelWithItsWarningsAndKeepsThoseOfOthers() {
        TestSite site = site();
        List<Problem> before = build().problems();
        assertFalse(models.lastWasUpdated());
        assertTrue(before.stream().anyMatch(p -> p.path().endsWith("ar/articles/first.md") && p.message().contains("bidirectional")));
        assertTrue(before.stream().anyMatch(p -> p.path().endsWith("ar/articles/first.md") && p.message().contains("topic 'coalition-meetings'")));

        site.write("content/ar/articles/first.md", article("الأول المعدل", "2022-05-11", "نص جديد."));
        ModelBuilder.Result after = build();
        assertTrue(models.lastWasUpdated());
        assertEquals("الأول المعدل", after.site().articles().values().stream()
                .filter(a -> a.source().equals("content/ar/articles/first.md")).findFirst().orElseThrow().title());
        assertFalse(after.problems().stream().anyMatch(p -> p.message().contains("bidirectional")), "the fixed title's warning is gone");
        assertTrue(after.problems().stream().anyMatch(p -> p.path().endsWith("ar/articles/first.md")
                && p.message().contains("topic 'coalition-meetings'")), "the topic's warning, told at the edited file, stays");
    }

    @Test
    void nothingChangedKeepsTheModel() {
        site();
        ModelBuilder.Result first = build();
        ModelBuilder.Result second = build();
        assertTrue(models.lastWasUpdated());
        assertTrue(first.site() == second.site());
    }

    @Test
    void anEditThatMovesAnArticleInItsListsBuildsTheModelInFull() {
        TestSite site = site();
        build();
        site.write("content/ar/articles/second.md", article("الثاني", "2022-05-12", "نص آخر."));
        ModelBuilder.Result after = build();
        assertFalse(models.lastWasUpdated());
        assertEquals("second", after.site().editions().get("ar").articles().get(0).name(), "now the newest");
    }

    @Test
    void aNewOrDeletedArticleBuildsTheModelInFull() throws java.io.IOException {
        TestSite site = site();
        build();
        site.write("content/ar/articles/third.md", article("الثالث", "2022-05-09", "نص."));
        build();
        assertFalse(models.lastWasUpdated());
        java.nio.file.Files.delete(dir.resolve("content/ar/articles/third.md"));
        build();
        assertFalse(models.lastWasUpdated());
    }

    @Test
    void aChangedConfigurationBuildsTheModelInFull() {
        TestSite site = site();
        build();
        site.write("site.yaml", TestSite.siteYaml().replace("topics: [coalition-meetings]", "topics: [africa]"));
        ModelBuilder.Result after = build();
        assertFalse(models.lastWasUpdated());
        assertTrue(after.problems().stream().anyMatch(p -> p.message().contains("topic 'africa'")));
    }
}
