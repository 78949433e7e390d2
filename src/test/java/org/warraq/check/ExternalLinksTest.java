package org.warraq.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** External links: listed without fetching by default; {@code --external} fetches them from a local server. */
class ExternalLinksTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService handlers;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/ok", exchange -> answer(exchange, 200));
        server.createContext("/missing", exchange -> answer(exchange, 404));
        server.createContext("/no-head", exchange -> answer(exchange, exchange.getRequestMethod().equals("HEAD") ? 405 : 200));
        server.createContext("/hang", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private TestSite site() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: اجتماعات\n---\n",
                "content/en/topics/coalition-meetings.md", "---\ntitle: Meetings\n---\n",
                "content/ar/articles/a.md", "---\ntitle: أ\ndate: 2022-01-01\ntopics: [coalition-meetings]\nsummary: م\n---\n"
                        + "[1](" + base + "/ok) [2](" + base + "/missing) [3](" + base + "/hang) [4](" + base + "/no-head)\n");
    }

    @Test
    void externalLinksAreListedNotFetchedByDefault() {
        TestSite site = site();
        TestSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("External links (not fetched; warraq check --external fetches them): 4"), run.out());
        assertTrue(run.out().contains("/missing  (ar/articles/a/index.html:"), run.out());
        assertTrue(run.out().contains("0 errors, 0 warnings."), run.out());
    }

    @Test
    void externalFetchesWithTimeoutsReportingDeadLinksAsErrorsAndTimeoutsAsWarnings() {
        TestSite site = site();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        TestSite.Run run = site.run("check", "--external", "--timeout", "1", "--concurrency", "2");
        assertEquals(1, run.exitCode(), run.all());
        List<String> findings = run.out().lines().filter(l -> l.startsWith("ar/articles/a/index.html:"))
                .map(l -> l.substring(l.indexOf(": ") + 2)).toList();
        assertEquals(List.of(
                "error: external link " + base + "/missing is dead (HTTP 404) — fix or remove it",
                "warning: external link " + base + "/hang: no answer within 1 s — check it by hand"), findings);
        assertTrue(run.out().contains(base + "/no-head  HTTP 200  ("), "GET after a failed HEAD: " + run.out());
        assertTrue(run.out().contains(base + "/ok  HTTP 200  ("), run.out());
        assertTrue(run.out().contains("1 error, 1 warning."), run.out());
    }
}
