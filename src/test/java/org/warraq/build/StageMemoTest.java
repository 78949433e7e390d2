package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.links.LinkedSite;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.testing.TestSite;

/** Stage results remembered by the fingerprint of their inputs, in memory and between processes. */
class StageMemoTest {
    @TempDir
    Path dir;

    @Test
    void aSlotIsRecalledOnlyForTheFingerprintItWasRememberedWith() {
        StageMemo memo = StageMemo.empty("generator-1");
        memo.remember("search/ar", "f1", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, memo.recall("search/ar", "f1").orElseThrow());
        assertTrue(memo.recall("search/ar", "f2").isEmpty());
        assertTrue(memo.recall("search/en", "f1").isEmpty());
    }

    @Test
    void aSavedMemoIsReadBackByTheSameGeneratorOnly() throws IOException {
        Path file = dir.resolve("stages.bin");
        StageMemo memo = StageMemo.empty("generator-1");
        memo.remember("related/ar", "f1", new byte[] {7});
        memo.saveIfChanged(file);

        assertArrayEquals(new byte[] {7}, StageMemo.load(file, "generator-1").recall("related/ar", "f1").orElseThrow());
        assertTrue(StageMemo.load(file, "generator-2").recall("related/ar", "f1").isEmpty());
    }

    @Test
    void aDamagedFileGivesAnEmptyMemo() throws IOException {
        Path file = dir.resolve("stages.bin");
        StageMemo memo = StageMemo.empty("generator-1");
        memo.remember("related/ar", "f1", new byte[100]);
        memo.saveIfChanged(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 50));

        assertTrue(StageMemo.load(file, "generator-1").recall("related/ar", "f1").isEmpty());
    }

    private static String article(String title, String tags, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2022-05-01\ntopics: [coalition-meetings]\ntags: [" + tags
                + "]\n---\n\n" + body + "\n";
    }

    private List<Article> arabicArticles(TestSite site) {
        LinkedSite linked = BuildPipeline.inspect(BuildOptions.of(site.root())).linked();
        return linked.site().editions().get("ar").articles().stream().map(linked.site()::article).toList();
    }

    @Test
    void relatedListsAreComputedAgainOnlyWhenSomethingTheyReadChanged() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/a1.md", article("التحالف في أفريقيا", "وسم", "نص عن التحالف الدولي في أفريقيا."),
                "content/ar/articles/a2.md", article("اجتماع التحالف", "وسم", "نص عن اجتماع التحالف الدولي."));
        RememberedRelated related = new RememberedRelated(StageMemo.empty("generator-1"));
        AtomicInteger computed = new AtomicInteger();
        Map<PageId, List<PageId>> lists = Map.of(new PageId("ar", org.warraq.content.ContentKind.ARTICLE, "a1"),
                List.of(new PageId("ar", org.warraq.content.ContentKind.ARTICLE, "a2")));
        java.util.function.Supplier<Map<PageId, List<PageId>>> compute = () -> {
            computed.incrementAndGet();
            return lists;
        };

        List<Article> articles = arabicArticles(site);
        related.lists("ar", articles, 3, compute);
        assertEquals(lists.get(lists.keySet().iterator().next()), related.lists("ar", articles, 3, compute)
                .get(lists.keySet().iterator().next()));
        assertEquals(1, computed.get(), "same articles: remembered");

        related.lists("ar", articles, 4, compute);
        assertEquals(2, computed.get(), "another count");

        site.write("content/ar/articles/a2.md", article("اجتماع التحالف", "وسم", "نص آخر عن اجتماع التحالف."));
        related.lists("ar", arabicArticles(site), 4, compute);
        assertEquals(3, computed.get(), "a changed body");

        site.write("content/ar/articles/a2.md", article("اجتماع التحالف", "وسم، وسم جديد", "نص آخر عن اجتماع التحالف."));
        related.lists("ar", arabicArticles(site), 4, compute);
        assertEquals(4, computed.get(), "a changed tag");
    }
}
