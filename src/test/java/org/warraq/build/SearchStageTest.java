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

/** A language's search index is taken over from the previous output when nothing it is built from changed. */
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

    private static SearchStage.Indexes index(TestSite site, StageMemo memo, Map<String, String> intact) {
        LinkedSite linked = BuildPipeline.inspect(BuildOptions.of(site.root())).linked();
        MessageCatalog messages = MessageCatalog.load(Theme.of(site.root()), linked.site().config()).catalog();
        return SearchStage.build(linked, messages, memo, intact, org.warraq.links.SourceHistory.NONE, Progress.NONE);
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
    void aLanguageWithAnIndexFileMissingFromTheOutputIsIndexedAgain() {
        TestSite site = site();
        StageMemo memo = StageMemo.empty("generator-1");
        SearchStage.Indexes first = index(site, memo, Map.of());
        Map<String, String> intact = written(first);
        intact.remove(in("en", first).get(0).path());

        SearchStage.Indexes second = index(site, memo, intact);
        assertTrue(in("en", second).stream().noneMatch(OutputFile::isReused));
        assertTrue(in("ar", second).stream().allMatch(OutputFile::isReused));
    }
}
