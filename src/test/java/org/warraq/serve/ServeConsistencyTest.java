package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * The preview after a burst of edits of every kind, a few hundred milliseconds apart (quick edits,
 * full builds, builds overtaken by the next change, background refreshes): once the sources are
 * quiet, what it serves is byte for byte a clean build of the same sources.
 */
class ServeConsistencyTest {
    private static final String NEW_ARTICLE = "content/ar/articles/second.md";
    private static final Duration QUIET = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    @Test
    void afterABurstOfEditsThePreviewServesWhatACleanBuildMakes() throws Exception {
        TestSite site = ServeSites.site(dir.resolve("site"));
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", Duration.ofSeconds(60));
            List<Edit> edits = List.of(
                    () -> append(site, ServeSites.AR_ARTICLE, "\nفقرة جديدة عن الموصل.\n"),
                    () -> site.write(ServeSites.EN_ARTICLE, read(site, ServeSites.EN_ARTICLE).replace("First article", "A new title")),
                    () -> site.write(ServeSites.AR_ARTICLE, read(site, ServeSites.AR_ARTICLE).replace("[\"مراكش\"]", "[\"مراكش\", \"الرباط\"]")),
                    () -> site.write(NEW_ARTICLE, "---\ntitle: مقال ثان\ndate: 2023-01-01\ntags: [الرباط]\nsummary: ملخص\n---\n"
                            + "نص عن [المقال الأول](first.md).\n"),
                    () -> append(site, NEW_ARTICLE, "\nحاشية[^1].\n\n[^1]: المصدر.\n"),
                    () -> append(site, ServeSites.EN_ARTICLE, "\nMore words about Mosul.\n"),
                    () -> site.write(ServeSites.AR_ARTICLE, read(site, ServeSites.AR_ARTICLE).replace("2022-05-11", "2021-03-03")),
                    () -> Files.delete(site.root().resolve(NEW_ARTICLE)),
                    () -> append(site, ServeSites.AR_ARTICLE, "\nفقرة أخيرة.\n"));
            long[] pauses = {150, 400, 50, 700, 250, 100, 500, 300, 200};
            for (int i = 0; i < edits.size(); i++) {
                edits.get(i).apply();
                Thread.sleep(pauses[i]);
            }
            awaitQuiet(running);
            Path served = site.root().resolve(".warraq-cache/preview/out").toRealPath();
            Path clean = ServeSites.cleanBuild(site, dir.resolve("copy"), running.server().url());
            Trees.assertIdentical(clean, served);
            assertFalse(running.log().toString().contains("failed"), running.log().toString());
            assertTrue(running.log().toString().contains("updated in"), "some edits took the quick path: " + running.log());
        }
    }

    /**
     * Edits one at a time, each built before the next: from the third build on, each updates in
     * place the folder of a version no one serves any more (see Rebuilder), which holds an older
     * build than the last, with a file the last build deleted and another it added. What it
     * serves is still byte for byte a clean build; from the fourth build on, checked after each
     * (the fourth updates the second's folder, which still holds the pages of the article the
     * third deleted: what a folder holds is known without listing it, see WrittenFolders).
     */
    @Test
    void buildsThatUpdateAnOlderVersionsFolderServeWhatACleanBuildMakes() throws Exception {
        TestSite site = ServeSites.withEnglishArticles(dir.resolve("site"), 60);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", Duration.ofSeconds(60));
            List<Edit> edits = List.of(
                    () -> site.write(NEW_ARTICLE, "---\ntitle: مقال ثان\ndate: 2023-01-01\ntags: [الرباط]\nsummary: ملخص\n---\n"
                            + "نص عن [المقال الأول](first.md).\n"),
                    () -> append(site, ServeSites.AR_ARTICLE, "\nفقرة.\n"),
                    () -> Files.delete(site.root().resolve(NEW_ARTICLE)),
                    () -> append(site, ServeSites.AR_ARTICLE, "\nفقرة أخيرة.\n"),
                    () -> site.write(ServeSites.AR_ARTICLE, read(site, ServeSites.AR_ARTICLE).replace("2022-05-11", "2021-03-03")));
            for (int i = 0; i < edits.size(); i++) {
                edits.get(i).apply();
                awaitQuiet(running);
                if (i >= 3) { // the fourth build updates the folder of the second, which still has the deleted article's pages
                    Path served = site.root().resolve(".warraq-cache/preview/out").toRealPath();
                    Path clean = ServeSites.cleanBuild(site, dir.resolve("copy" + i), running.server().url());
                    Trees.assertIdentical(clean, served);
                }
            }
            assertFalse(running.log().toString().contains("failed"), running.log().toString());
        }
    }

    @FunctionalInterface
    private interface Edit {
        void apply() throws IOException;
    }

    private static String read(TestSite site, String path) throws IOException {
        return Files.readString(site.root().resolve(path), StandardCharsets.UTF_8);
    }

    private static void append(TestSite site, String path, String text) throws IOException {
        Files.writeString(site.root().resolve(path), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Waits until the server has logged nothing new for {@link #QUIET} (a minute at most). */
    private static void awaitQuiet(ServeSites.Running running) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String seen = running.log().toString();
        long since = System.nanoTime();
        while (System.nanoTime() - since < QUIET.toNanos()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the preview did not settle: " + running.log());
            }
            Thread.sleep(100);
            String now = running.log().toString();
            if (!now.equals(seen)) {
                seen = now;
                since = System.nanoTime();
            }
        }
    }
}
