package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server's answers: files, 404 pages, content types, and everything it must refuse. */
class PreviewServerTest {
    private static final String SECRET = "TOP-SECRET-MARKER";

    @TempDir
    static Path dir;
    static ServeSites.Running running;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        running = ServeSites.serve(ServeSites.site(dir.resolve("site")));
        port = running.port();
        Path root = running.server().currentRoot();
        // Secrets beside and above the served build, for traversal attempts to find.
        Files.writeString(root.getParent().resolve("secret.txt"), SECRET);
        Files.writeString(root.getParent().getParent().resolve("secret.txt"), SECRET);
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        // Files of every text type, and links that leave the build.
        Files.writeString(root.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(root.resolve("data.json"), "{}");
        Files.writeString(root.resolve("app.js"), "1;");
        Files.write(root.resolve("blob.bin"), new byte[] {0, 1, 2});
        Files.createDirectories(root.resolve("bare"));
        Files.writeString(root.resolve("bare/file.txt"), "x");
        Files.createSymbolicLink(root.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("leakdir"), dir);
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    void servesPagesWithTheReloadSnippet() {
        RawHttp.Answer page = RawHttp.get(port, "/ar/articles/first/");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.complete());
        assertTrue(page.text().contains("نص المقال الأول"));
        assertTrue(page.text().contains("<script src=\"/__warraq/live.js\" data-build=\""), page.text());
        assertTrue(page.text().indexOf("/__warraq/live.js") < page.text().lastIndexOf("</body>"), "before </body>");
        assertFalse(page.text().contains(ErrorOverlay.ID), "no overlay while the build is good");
    }

    @Test
    void percentEncodedArabicPathsAreFound() {
        RawHttp.Answer tag = RawHttp.get(port, "/ar/tags/%D9%85%D8%B1%D8%A7%D9%83%D8%B4/");
        assertEquals(200, tag.status(), tag.toString());
        assertTrue(tag.text().contains("مراكش"));
        byte[] raw = ("GET /ar/tags/مراكش/ HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, RawHttp.send(port, raw).status(), "raw UTF-8 in the target works too");
    }

    @Test
    void aDirectoryWithoutSlashIsRedirected() {
        RawHttp.Answer answer = RawHttp.get(port, "/ar/tags/%D9%85%D8%B1%D8%A7%D9%83%D8%B4?x=1");
        assertEquals(301, answer.status());
        assertEquals("/ar/tags/%D9%85%D8%B1%D8%A7%D9%83%D8%B4/?x=1", answer.header("location"));
    }

    @Test
    void aDirectoryWithoutIndexIsNotListed() {
        for (String target : new String[] {"/bare/", "/bare"}) {
            RawHttp.Answer answer = RawHttp.get(port, target);
            assertEquals(404, answer.status(), target);
            assertFalse(answer.text().contains("file.txt"), "no listing: " + answer.text());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/ar/no-such-page/, ar",
        "/ar/articles/missing/, ar",
        "/en/nothing.html, en",
        "/nothing, ar",
        "/xx/nothing/, ar"})
    void missingPagesGetTheSitesOwn404PageForTheirLanguage(String target, String lang) {
        RawHttp.Answer answer = RawHttp.get(port, target);
        assertEquals(404, answer.status(), answer.toString());
        assertEquals("text/html; charset=utf-8", answer.header("content-type"));
        assertTrue(answer.text().contains("<html lang=\"" + lang + "\""), answer.text());
        assertTrue(answer.text().contains("/__warraq/live.js"), "404 pages reload too");
    }

    @ParameterizedTest
    @CsvSource({
        "/ar/articles/first/, text/html; charset=utf-8",
        "/ar/feed.xml, application/xml; charset=utf-8",
        "/sitemap.xml, application/xml; charset=utf-8",
        "/robots.txt, text/plain; charset=utf-8",
        "/drawing.svg, image/svg+xml; charset=utf-8",
        "/data.json, application/json; charset=utf-8",
        "/app.js, text/javascript; charset=utf-8",
        "/blob.bin, application/octet-stream",
        "/__warraq/live.js, text/javascript; charset=utf-8"})
    void contentTypesNameTheirCharset(String target, String type) {
        RawHttp.Answer answer = RawHttp.get(port, target);
        assertEquals(200, answer.status(), target);
        assertEquals(type, answer.header("content-type"));
        assertEquals("nosniff", answer.header("x-content-type-options"));
        assertTrue(answer.complete(), target);
    }

    @Test
    void theStylesheetIsServedAsCss() throws IOException {
        Path root = running.server().currentRoot();
        String css;
        try (Stream<Path> files = Files.list(root.resolve("css"))) {
            css = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css")).findFirst().orElseThrow();
        }
        RawHttp.Answer answer = RawHttp.get(port, "/css/" + css);
        assertEquals("text/css; charset=utf-8", answer.header("content-type"));
        assertArrayEquals(Files.readAllBytes(root.resolve("css").resolve(css)), answer.body(), "served as built, nothing injected");
    }

    @Test
    void headAnswersLikeGetWithoutBody() {
        RawHttp.Answer get = RawHttp.get(port, "/en/");
        RawHttp.Answer head = RawHttp.send(port, "HEAD /en/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals(200, head.status());
        assertEquals(get.header("content-length"), head.header("content-length"));
        assertEquals(get.header("content-type"), head.header("content-type"));
        assertEquals(0, head.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"})
    void onlyGetAndHeadAreAllowed(String method) {
        RawHttp.Answer answer = RawHttp.send(port, method + " / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
        assertEquals(405, answer.status(), method);
        assertEquals("GET, HEAD", answer.header("allow"));
        assertEquals("text/plain; charset=utf-8", answer.header("content-type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/../../secret.txt", "/../../../secret.txt", "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/%252e%252e/secret.txt",
        "/%252e%252e/%252e%252e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/..%5csecret.txt",
        "/..%5c..%5csecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/ar/../../secret.txt",
        "/ar/%2e%2e/%2e%2e/secret.txt", "/%00/../secret.txt", "/secret.txt%00.html", "/%c0%ae%c0%ae/secret.txt",
        "/%c0%ae%c0%ae%c0%afsecret.txt", "/..%c0%afsecret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%c1%9c..%c1%9csecret.txt",
        "/..;/secret.txt", "/%%32%65%%32%65/secret.txt", "//secret.txt", "/./secret.txt", "/leak.txt", "/leakdir/secret.txt",
        "../secret.txt", "secret.txt", "..%2fsecret.txt", "*", "http://localhost/../secret.txt", "/etc/passwd",
        "/../../../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"})
    void traversalNeverLeavesTheBuild(String target) {
        RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertTrue(answer.status() == 400 || answer.status() == 404, target + " → " + answer);
        assertFalse(answer.text().contains(SECRET), target);
        assertFalse(answer.text().contains("root:x:"), target);
        assertTrue(answer.header("content-type").contains("charset=utf-8"), answer.toString());
        assertEquals("nosniff", answer.header("x-content-type-options"));
    }

    @Test
    void rawNulAndControlBytesAreRefused() {
        for (String target : new String[] {"/\u0000", "/a\u0001b", "/a\tb"}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(400, answer.status(), answer.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:1", "127.0.0.1", "127.0.0.1:8080", "[::1]", "[::1]:8080"})
    void loopbackHostsAreServed(String host) {
        assertEquals(200, RawHttp.send(port, "GET /en/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n").status(), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io:8080"})
    void otherHostsAreForbidden(String host) {
        RawHttp.Answer answer = RawHttp.send(port, "GET /en/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
        assertEquals(403, answer.status(), host);
        assertFalse(answer.text().contains("<html"), "no page for a rebound name");
    }

    @Test
    void aRequestWithoutHostIsRefused() {
        assertEquals(403, RawHttp.send(port, "GET /en/ HTTP/1.0\r\n\r\n").status());
        assertEquals(400, RawHttp.send(port, "GET /en/ HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "null", "http://localhost.evil.example:8080", "file://"})
    void theEventStreamRefusesForeignOrigins(String origin) {
        RawHttp.Answer answer = RawHttp.send(port, "GET /__warraq/events HTTP/1.1\r\nHost: localhost\r\nOrigin: " + origin
                + "\r\n\r\n");
        assertEquals(403, answer.status(), origin);
    }

    @Test
    void theEventStreamAcceptsLocalOrigins() throws Exception {
        try (SseClient events = new SseClient(port)) {
            SseClient.Event hello = events.await("hello", java.time.Duration.ofSeconds(10));
            assertEquals(running.server().currentBuildId(), hello.data(), "names the build being served");
        }
        RawHttp.Answer head = RawHttp.send(port, "HEAD /__warraq/events HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals("text/event-stream; charset=utf-8", head.header("content-type"));
    }

    @Test
    void noResponseAllowsOtherOrigins() {
        for (String target : new String[] {"/", "/en/", "/nothing", "/../x", "/__warraq/live.js", "/__warraq/nope"}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nOrigin: http://evil.example\r\n\r\n");
            assertNull(answer.header("access-control-allow-origin"), target);
            assertEquals("nosniff", answer.header("x-content-type-options"), target);
        }
    }

    @Test
    void malformedRequestsGetPlainErrors() {
        assertEquals(400, RawHttp.send(port, "GET /\r\n\r\n").status());
        assertEquals(400, RawHttp.send(port, "GET  / HTTP/1.1\r\nHost: localhost\r\n\r\n").status());
        assertEquals(505, RawHttp.send(port, "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n").status());
        assertEquals(400, RawHttp.send(port, "GET / HTTP/1.1\r\n bad: fold\r\n\r\n").status());
        RawHttp.Answer huge = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX: " + "a".repeat(20_000) + "\r\n\r\n");
        assertEquals(431, huge.status());
        assertEquals("text/plain; charset=utf-8", huge.header("content-type"));
    }
}
