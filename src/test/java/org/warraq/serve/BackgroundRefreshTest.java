package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import org.warraq.testing.TestSite;

/**
 * After an article edit served by the quick path, a full build in the background brings what the
 * quick path leaves alone (the search index, related lists) up to date, and never replaces a
 * newer edit with an older build.
 */
class BackgroundRefreshTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern MANIFEST = Pattern.compile("data-manifest=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private static String manifest(String searchPage) {
        Matcher m = MANIFEST.matcher(searchPage);
        assertTrue(m.find(), searchPage);
        return m.group(1);
    }

    /** The search manifest a clean build of a copy of the sources names, under the server's base URL. */
    private String cleanManifest(TestSite site, String baseUrl) throws IOException {
        Path built = ServeSites.cleanBuild(site, dir.resolve("copy-" + System.nanoTime()), baseUrl);
        return manifest(Files.readString(built.resolve("ar/search/index.html")));
    }

    /** {@code real}'s quick edits, with full builds made by {@code build}. */
    private static PreviewBuilds withFullBuilds(PreviewBuilds real, PreviewBuilds.FullBuild build) {
        return new PreviewBuilds(build, real.quick(), real.forgetting());
    }

    @Test
    void theSearchIndexFollowsAQuickEditWithoutAnotherReload() throws Exception {
        TestSite site = ServeSites.site(dir.resolve("site"));
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            String before = manifest(RawHttp.get(running.port(), "/ar/search/").text());

            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("كلمات جديدة تماما للبحث."));
            events.await("reload", WAIT);
            assertTrue(running.log().toString().contains("updated in"), running.log().toString());
            ServeSites.awaitLog(running.log(), "refreshed in", 1);

            String after = manifest(RawHttp.get(running.port(), "/ar/search/").text());
            assertNotEquals(before, after, "the index changed with the article's words");
            assertEquals(cleanManifest(site, running.server().url()), after);
            assertTrue(RawHttp.get(running.port(), "/ar/articles/first/").text().contains("كلمات جديدة تماما للبحث."));
        }
    }

    @Test
    void aBackgroundBuildOvertakenByAnEditIsNotPublished() throws Exception {
        TestSite site = ServeSites.site(dir.resolve("site"));
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch secondEditServed = new CountDownLatch(1);
        PreviewBuilds real = PreviewBuilds.of(BuildPipeline.forPreview(false));
        // The first background build has read the sources before the second edit, and finishes after it is served.
        PreviewBuilds held = withFullBuilds(real, (options, stop) -> {
            BuildReport report = real.build(options);
            if (builds.incrementAndGet() == 2) {
                try {
                    secondEditServed.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return report;
        });
        editDuringABackgroundBuild(site, held, builds, (server, log) -> {
            secondEditServed.countDown();
            ServeSites.awaitLog(log, "refreshed in", 1);

            assertEquals(3, builds.get(), "the overtaken build was dropped and another made: " + log);
            assertEquals(1, log.toString().split("refreshed in", -1).length - 1, log.toString());
            String page = RawHttp.get(server.port(), "/ar/articles/first/").text();
            assertTrue(page.contains("التعديل الثاني."), "never the older build");
            assertEquals(cleanManifest(site, server.url()), manifest(RawHttp.get(server.port(), "/ar/search/").text()));
        });
    }

    @Test
    void aChangeStopsABackgroundBuildInProgress() throws Exception {
        TestSite site = ServeSites.site(dir.resolve("site"));
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch stopped = new CountDownLatch(1);
        PreviewBuilds real = PreviewBuilds.of(BuildPipeline.forPreview(false));
        // The first background build runs until it is told to stop, as a long build of a large site would.
        PreviewBuilds endless = withFullBuilds(real, (options, stop) -> {
            if (builds.incrementAndGet() == 2) { // the first is the initial build
                while (!stop.getAsBoolean()) {
                    Thread.onSpinWait();
                }
                stopped.countDown();
                throw new org.warraq.problem.BuildStopped();
            }
            return real.build(options, stop);
        });
        editDuringABackgroundBuild(site, endless, builds, (server, log) -> {
            assertTrue(stopped.await(60, TimeUnit.SECONDS), "the change stopped it");
            ServeSites.awaitLog(log, "refreshed in", 1);
            assertTrue(RawHttp.get(server.port(), "/ar/articles/first/").text().contains("التعديل الثاني."));
            assertEquals(cleanManifest(site, server.url()), manifest(RawHttp.get(server.port(), "/ar/search/").text()));
        });
    }

    @Test
    void aQuickEditThatFailsFallsBackToAFullBuild() throws Exception {
        TestSite site = ServeSites.site(dir.resolve("site"));
        PreviewBuilds real = PreviewBuilds.of(BuildPipeline.forPreview(false));
        PreviewBuilds failing = new PreviewBuilds(real.full(), (last, paths) -> {
            throw new IllegalStateException("a bug in the quick path");
        }, real.forgetting());
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false),
                new PrintWriter(log, true), failing); SseClient events = new SseClient(server.port())) {
            events.await("hello", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("بعد فشل المسار السريع."));
            events.await("reload", WAIT);
            assertTrue(RawHttp.get(server.port(), "/ar/articles/first/").text().contains("بعد فشل المسار السريع."));
            assertTrue(log.toString().contains("rebuilt in"), log.toString());
        }
    }

    /** What a test checks once the second edit is served. */
    private interface Check {
        void check(PreviewServer server, StringWriter log) throws Exception;
    }

    /**
     * Serves {@code site} with {@code builds} (which count theirs in {@code count}), edits the
     * article, waits for the background build (the second build) to begin, edits it again and
     * waits for that edit's reload; then {@code check}.
     */
    private static void editDuringABackgroundBuild(TestSite site, PreviewBuilds builds, AtomicInteger count, Check check)
            throws Exception {
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false),
                new PrintWriter(log, true), builds); SseClient events = new SseClient(server.port())) {
            events.await("hello", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("التعديل الأول."));
            events.await("reload", WAIT);
            long end = System.nanoTime() + WAIT.toNanos();
            while (count.get() < 2 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertEquals(2, count.get(), "the background build began");
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("التعديل الثاني."));
            events.await("reload", WAIT);
            check.check(server, log);
        }
    }
}
