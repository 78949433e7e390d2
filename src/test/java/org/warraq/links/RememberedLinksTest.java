package org.warraq.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.ContentLoader;
import org.warraq.content.ParseCache;
import org.warraq.model.PageId;
import org.warraq.model.RememberedModel;
import org.warraq.model.Site;
import org.warraq.problem.Problem;
import org.warraq.problem.Progress;
import org.warraq.testing.TestSite;

/** The links of a build after an edit, from the last build's: always what checking every page gives. */
class RememberedLinksTest {
    @TempDir
    Path dir;

    private final ParseCache cache = new ParseCache();
    private final RememberedModel models = new RememberedModel();
    private final RememberedLinks links = new RememberedLinks();
    private static final Function<String, Function<String, List<String>>> WORDS = language -> text -> List.of(text.split("\\s+"));

    private static String article(String title, String date, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\ntopics: [coalition-meetings]\n---\n" + body + "\n";
    }

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: \"اجتماعات\"\n---\nانظر [الأول](../articles/first.md#part).\n",
                "content/ar/articles/first.md", article("الأول", "2022-05-11", "## part\n\nنص."),
                "content/ar/articles/second.md", article("الثاني", "2022-05-10", "انظر [الأول](first.md#part)."),
                "content/ar/articles/third.md", article("الثالث", "2022-05-09", "نص ثالث."),
                "content/en/articles/first.md", article("First", "2022-05-11", "Text."));
    }

    /** Links the site through the remembered links, and checks the result against linking it afresh. */
    private LinkedSite link() {
        SiteConfig config = SiteConfigLoader.load(dir).config();
        ContentLoader.Content content = ContentLoader.load(dir, config, cache, Progress.NONE);
        Site site = models.build(config, content.pages(), content.bundleFiles(), false).site();
        SourceHistory history = new SourceHistory(content.hashes(), Map.of());
        LinkedSite linked = links.link(site, WORDS, RelatedArticles.Memo.NONE, history, Progress.NONE);
        LinkedSite fresh = Linker.link(site, WORDS, RelatedArticles.Memo.NONE, history, Progress.NONE);
        assertEquals(sorted(fresh.problems()), sorted(linked.problems()));
        assertEquals(fresh.backlinks(), linked.backlinks());
        assertEquals(fresh.neighbours(), linked.neighbours());
        assertEquals(fresh.related(), linked.related());
        assertEquals(Map.copyOf(fresh.html()), Map.copyOf(linked.html()));
        site.articles().keySet().forEach(id -> assertEquals(fresh.linkUrls(id), linked.linkUrls(id), id.toString()));
        return linked;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Problem.ORDER).toList();
    }

    private static PageId ar(String name) {
        return new PageId("ar", org.warraq.content.ContentKind.ARTICLE, name);
    }

    @Test
    void aLinkAddedOrRemovedByAnEditChangesItsTargetsBacklinks() {
        TestSite site = site();
        assertEquals(List.of(ar("second")), link().backlinks().get(ar("first")));
        site.write("content/ar/articles/third.md", article("الثالث", "2022-05-09", "انظر [الأول](first.md) و[مفقود](missing.md)."));
        LinkedSite after = link();
        assertEquals(List.of(ar("second"), ar("third")), after.backlinks().get(ar("first")));
        assertTrue(after.problems().stream().anyMatch(p -> p.path().endsWith("third.md") && p.message().contains("missing")),
                after.problems().toString());
        site.write("content/ar/articles/third.md", article("الثالث", "2022-05-09", "نص ثالث."));
        LinkedSite back = link();
        assertEquals(List.of(ar("second")), back.backlinks().get(ar("first")));
        assertTrue(back.problems().isEmpty(), back.problems().toString());
    }

    @Test
    void aRenamedHeadingBreaksTheLinksIntoItInOtherPages() {
        TestSite site = site();
        assertTrue(link().problems().isEmpty());
        site.write("content/ar/articles/first.md", article("الأول", "2022-05-11", "## renamed\n\nنص."));
        List<Problem> problems = link().problems();
        assertTrue(problems.stream().anyMatch(p -> p.path().endsWith("second.md") && p.message().contains("part")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.path().endsWith("coalition-meetings.md")), problems.toString());
    }

    @Test
    void anArticleMovedInItsTopicGetsNewNeighbours() {
        TestSite site = site();
        link();
        site.write("content/ar/articles/third.md", article("الثالث", "2022-05-12", "نص ثالث."));
        assertEquals(ar("third"), link().neighbours().get(ar("first")).get(0).next());
    }
}
