package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.model.OutputFile;
import org.warraq.problem.Progress;
import org.warraq.testing.TestSite;
import org.warraq.theme.Theme;

/**
 * A language's search index is taken over from the previous output when nothing it is built from
 * changed, and updated with the articles that did when it can be.
 */
class SearchStageTest {
    @TempDir
    Path dir;

    private static String article(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2022-05-01\ntopics: [coalition-meetings]\n---\n\n" + body + "\n";
    }

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/a1.md", article("التحالف في أفريقيا", "نص عن التحالف الدولي في أفريقيا."),
                "content/en/articles/a1.md", article("The coalition in Africa", "Text about the coalition in Africa."));
    }

    /** Thirty Arabic articles of the same lengths: one more or less moves no average length. */
    private TestSite thirtyArticles() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml());
        for (int i = 1; i <= 30; i++) {
            site.write("content/ar/articles/a" + i + ".md", article("مقال " + i,
                    "نص المقال " + i + " عن اجتماع التحالف الدولي في بغداد ونتائجه وما تلاه من بيانات."));
        }
        return site;
    }

    private static SearchStage.Indexes index(TestSite site, StageMemo memo, Map<String, String> intact) {
        return index(site, memo, intact, org.warraq.links.SourceHistory.NONE);
    }

    private static SearchStage.Indexes index(TestSite site, StageMemo memo, Map<String, String> intact,
            org.warraq.links.SourceHistory history) {
        LinkedSite linked = BuildPipeline.inspect(BuildOptions.of(site.root())).linked();
        MessageCatalog messages = MessageCatalog.load(Theme.of(site.root()), linked.site().config()).catalog();
        return SearchStage.build(linked.site(), messages, memo, intact, history, Progress.NONE);
    }

    /** The previous output as the build sees it: every file of {@code indexes}, intact, under its content key. */
    private static Map<String, String> written(SearchStage.Indexes indexes) {
        Map<String, String> intact = new HashMap<>();
        indexes.files().forEach(f -> intact.put(f.path(), org.warraq.output.ContentKey.of(f)));
        return intact;
    }

    private static List<OutputFile> in(String language, SearchStage.Indexes indexes) {
        return indexes.files().stream().filter(f -> f.path().startsWith(language + "/")).toList();
    }

    @Test
    void anUnchangedLanguageTakesItsIndexOverFromThePreviousOutput() {
        TestSite site = site();
        StageMemo memo = StageMemo.empty("generator-1");
        SearchStage.Indexes first = index(site, memo, Map.of());
        assertTrue(first.files().stream().noneMatch(OutputFile::isReused));

        SearchStage.Indexes second = index(site, memo, written(first));
        assertTrue(second.files().stream().allMatch(OutputFile::isReused), second.files().toString());
        assertEquals(first.manifests(), second.manifests());
        assertEquals(first.files().stream().map(OutputFile::path).toList(), second.files().stream().map(OutputFile::path).toList());
    }

    @Test
    void anEditedLanguageIsIndexedAgainAndTheOtherIsTakenOver() {
        TestSite site = site();
        StageMemo memo = StageMemo.empty("generator-1");
        SearchStage.Indexes first = index(site, memo, Map.of());
        site.write("content/ar/articles/a1.md", article("التحالف في أفريقيا", "نص معدل عن التحالف الدولي."));

        SearchStage.Indexes second = index(site, memo, written(first));
        assertTrue(in("ar", second).stream().noneMatch(OutputFile::isReused));
        assertTrue(in("en", second).stream().allMatch(OutputFile::isReused));
        assertFalse(first.manifests().get("ar").equals(second.manifests().get("ar")));
        assertEquals(first.manifests().get("en"), second.manifests().get("en"));
    }

    @Test
    void anEditedArticleIsAppliedToTheRememberedIndexGivingTheFilesOfAFreshOne() {
        TestSite site = thirtyArticles();
        StageMemo memo = StageMemo.empty("generator-1");
        LinkedSite before = BuildPipeline.inspect(BuildOptions.of(site.root())).linked();
        SearchStage.Indexes first = index(site, memo, Map.of());
        assertEquals(SearchStage.Made.BUILT, first.made().get("ar"));
        // One word for another: no field's length, so no average length, moves.
        site.write("content/ar/articles/a7.md", article("مقال 7",
                "نص المقال 7 عن اجتماع التحالف الدولي في الموصل ونتائجه وما تلاه من بيانات."));
        var old = before.site().article(new org.warraq.model.PageId("ar", org.warraq.content.ContentKind.ARTICLE, "a7"));
        var history = new org.warraq.links.SourceHistory(Map.of(),
                Map.of(old.source(), new org.warraq.links.SourceHistory.Previous("before", old)));

        SearchStage.Indexes updated = index(site, memo, written(first), history);
        SearchStage.Indexes fresh = index(site, StageMemo.empty("generator-1"), Map.of());
        assertEquals(SearchStage.Made.UPDATED, updated.made().get("ar"));
        assertEquals(SearchStage.Made.KEPT, updated.made().get("en"));
        assertEquals(written(fresh), written(updated), "the same files with the same bytes");
        assertEquals(fresh.manifests().get("ar"), updated.manifests().get("ar"));
    }

    @Test
    void aDeletedArticleIsTakenOutOfTheRememberedIndexGivingTheFilesOfAFreshOne() throws java.io.IOException {
        TestSite site = thirtyArticles();
        StageMemo memo = StageMemo.empty("generator-1");
        LinkedSite before = BuildPipeline.inspect(BuildOptions.of(site.root())).linked();
        SearchStage.Indexes first = index(site, memo, Map.of());
        StageMemo another = StageMemo.empty("generator-1");
        index(site, another, Map.of());
        // As long as the others: no average length moves.
        java.nio.file.Files.delete(site.root().resolve("content/ar/articles/a7.md"));
        var old = before.site().article(new org.warraq.model.PageId("ar", org.warraq.content.ContentKind.ARTICLE, "a7"));
        var unknown = index(site, another, written(first));
        assertEquals(SearchStage.Made.BUILT, unknown.made().get("ar"), "the deleted article's last version unknown");

        var history = new org.warraq.links.SourceHistory(Map.of(), Map.of(),
                Map.of(old.source(), new org.warraq.links.SourceHistory.Previous("before", old)));
        SearchStage.Indexes updated = index(site, memo, written(first), history);
        SearchStage.Indexes fresh = index(site, StageMemo.empty("generator-1"), Map.of());
        assertEquals(SearchStage.Made.UPDATED, updated.made().get("ar"));
        assertEquals(written(fresh), written(updated), "the same files with the same bytes");
        assertEquals(fresh.manifests().get("ar"), updated.manifests().get("ar"));
    }

    @Test
    void documentsKeptFromTheLastBuildAreMadeAgainWhenATopicTheyNameIsRetitled() {
        TestSite site = site().write("content/ar/topics/coalition-meetings.md", "---\ntitle: \"اجتماعات التحالف\"\n---\n");
        LinkedSite linked = BuildPipeline.inspect(BuildOptions.of(site.root())).linked();
        MessageCatalog messages = MessageCatalog.load(Theme.of(site.root()), linked.site().config()).catalog();
        org.warraq.model.Site first = linked.site();
        var id = new org.warraq.model.PageId("ar", org.warraq.content.ContentKind.TOPIC, "coalition-meetings");
        var topic = first.topics().get(id);
        Map<org.warraq.model.PageId, org.warraq.model.Topic> topics = new HashMap<>(first.topics());
        topics.put(id, new org.warraq.model.Topic(id, topic.topicId(), "لقاءات", topic.description(), topic.intro(), topic.source()));
        // The same article objects: only the topic's title differs.
        var retitled = new org.warraq.model.Site(first.config(), first.articles(), topics, first.pages(), first.editions(),
                first.resources());

        SearchStage.Documents documents = new SearchStage.Documents(true);
        var before = SearchStage.build(first, messages, StageMemo.empty("g"), Map.of(), org.warraq.links.SourceHistory.NONE,
                Progress.NONE, documents);
        var kept = SearchStage.build(retitled, messages, StageMemo.empty("g"), Map.of(), org.warraq.links.SourceHistory.NONE,
                Progress.NONE, documents);
        var fresh = SearchStage.build(retitled, messages, StageMemo.empty("g"), Map.of(), org.warraq.links.SourceHistory.NONE,
                Progress.NONE, new SearchStage.Documents(true));
        assertFalse(written(before).equals(written(fresh)), "the topic's title is indexed");
        assertEquals(written(fresh), written(kept));
        var again = SearchStage.build(retitled, messages, StageMemo.empty("g"), Map.of(), org.warraq.links.SourceHistory.NONE,
                Progress.NONE, documents);
        assertEquals(written(fresh), written(again), "documents kept from a build of the same site");
    }

    @Test
    void aLanguageWithAnIndexFileMissingFromTheOutputIsIndexedAgain() {
        TestSite site = site();
        StageMemo memo = StageMemo.empty("generator-1");
        SearchStage.Indexes first = index(site, memo, Map.of());
        Map<String, String> intact = written(first);
        String missing = in("en", first).get(0).path();
        intact.remove(missing);

        SearchStage.Indexes second = index(site, memo, intact);
        assertEquals(SearchStage.Made.UPDATED, second.made().get("en"), "its remembered state is applied again");
        OutputFile again = in("en", second).stream().filter(f -> f.path().equals(missing)).findFirst().orElseThrow();
        assertTrue(!again.isReused(), "the missing file is written again");
        assertTrue(in("ar", second).stream().allMatch(OutputFile::isReused));
        assertEquals(written(first), written(second), "the same files with the same bytes");
    }
}
