package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import org.warraq.testing.TestSite;

/**
 * Many readers while a rebuild is published: every answer is a whole page of the old build or of
 * the new one, never a truncated or mixed one.
 */
class ServeLoadTest {
    private static final int CLIENTS = 200;
    private static final String OLD = "نص المقال الأول.";
    private static final String NEW = "نص المقال بعد إعادة البناء.";

    @TempDir
    Path dir;

    @Test
    void twoHundredConcurrentReadersGetCompletePagesWhileARebuildIsPublished() throws Exception {
        TestSite site = ServeSites.site(dir);
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch rebuilding = new CountDownLatch(1);
        CountDownLatch firstWaveAnswered = new CountDownLatch(CLIENTS);
        // The rebuild holds its result back until every reader has had one answer during it, so the
        // switch to the new build happens while the readers are still asking.
        Function<BuildOptions, BuildReport> pipeline = options -> {
            if (builds.incrementAndGet() == 1) {
                return BuildPipeline.run(options);
            }
            rebuilding.countDown();
            BuildReport report = BuildPipeline.run(options);
            await(firstWaveAnswered);
            return report;
        };
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false),
                new PrintWriter(log, true), pipeline);
                SseClient events = new SseClient(server.port())) {
            String oldBuild = events.await("hello", java.time.Duration.ofSeconds(30)).data();
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle(NEW));
            assertTrue(rebuilding.await(60, TimeUnit.SECONDS), "the edit started a rebuild");

            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger answers = new AtomicInteger();
            CyclicBarrier start = new CyclicBarrier(CLIENTS);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Boolean>> sawNew = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                sawNew.add(clients.submit(() -> {
                    start.await();
                    for (int request = 0; request < 200; request++) {
                        RawHttp.Answer page = RawHttp.get(server.port(), "/ar/articles/first/");
                        answers.incrementAndGet();
                        String problem = check(page);
                        if (problem != null) {
                            failures.add(problem);
                        }
                        if (request == 0) {
                            firstWaveAnswered.countDown();
                        }
                        if (page.text().contains(NEW)) {
                            return true;
                        }
                    }
                    return false;
                }));
            }
            for (Future<Boolean> client : sawNew) {
                assertTrue(client.get(120, TimeUnit.SECONDS), "every reader reaches the new build");
            }
            clients.shutdown();
            assertTrue(failures.isEmpty(), failures.size() + " bad answers of " + answers + ", e.g. " + failures.peek());
            assertTrue(answers.get() >= CLIENTS * 2, "each reader saw the old build first: " + answers);
            String newBuild = events.await("reload", java.time.Duration.ofSeconds(30)).data();
            assertTrue(!newBuild.equals(oldBuild));
            assertEquals(2, builds.get(), log.toString());
        }
    }

    @Test
    void twoHundredConcurrentReadersGetCompletePagesWhileQuickEditsRewriteThem() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", java.time.Duration.ofSeconds(30));
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger answers = new AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean editing = new java.util.concurrent.atomic.AtomicBoolean(true);
            CyclicBarrier start = new CyclicBarrier(CLIENTS + 1);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> readers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                readers.add(clients.submit(() -> {
                    start.await();
                    while (editing.get()) {
                        RawHttp.Answer page = RawHttp.get(running.port(), "/ar/articles/first/");
                        answers.incrementAndGet();
                        String text = page.text();
                        if (page.status() != 200 || !page.complete() || !text.strip().endsWith("</html>")
                                || !text.matches("(?s).*<p>(نص المقال الأول|تعديل رقم \\d+)\\.</p>.*")) {
                            failures.add(page.status() + " " + page.complete() + ": ..." + text.substring(Math.max(0, text.length() - 120)));
                        }
                    }
                    return null;
                }));
            }
            start.await();
            for (int edit = 1; edit <= 10; edit++) {
                site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("تعديل رقم " + edit + "."));
                events.await("reload", java.time.Duration.ofSeconds(30));
            }
            editing.set(false);
            for (Future<?> reader : readers) {
                reader.get(120, TimeUnit.SECONDS);
            }
            clients.shutdown();
            assertEquals(10, running.log().toString().split("updated in", -1).length - 1, "all ten took the quick path: " + running.log());
            assertTrue(failures.isEmpty(), failures.size() + " bad answers of " + answers + ", e.g. " + failures.peek());
            assertTrue(answers.get() >= CLIENTS, "every reader read: " + answers);
            assertTrue(RawHttp.get(running.port(), "/ar/articles/first/").text().contains("تعديل رقم 10."));
        }
    }

    /** Null for a complete page of either build, else what is wrong with the answer. */
    private static String check(RawHttp.Answer page) {
        String text = page.text();
        if (page.status() != 200 || !page.complete()) {
            return "status " + page.status() + ", complete " + page.complete() + ": " + page;
        }
        if (!text.strip().endsWith("</html>")) {
            return "truncated: ..." + text.substring(Math.max(0, text.length() - 80));
        }
        if (text.contains(OLD) == text.contains(NEW)) {
            return "neither or both builds: " + page;
        }
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("readers never answered");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
