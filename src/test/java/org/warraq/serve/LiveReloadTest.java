package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.build.BuildReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** Edits under a served site reach open pages: reloads, the error overlay, and recovery. */
class LiveReloadTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void anArticleEditTakesTheQuickPathAndSendsReload() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            String first = events.await("hello", WAIT).data();
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("نص جديد بعد التعديل."));
            String next = events.await("reload", WAIT).data();
            assertNotEquals(first, next);
            RawHttp.Answer page = RawHttp.get(running.port(), "/ar/articles/first/");
            assertTrue(page.text().contains("نص جديد بعد التعديل."), page.text());
            assertTrue(page.text().contains("data-build=\"" + next + "\""));
            assertTrue(running.log().toString().matches("(?s).*updated in \\d+ ms \\(edit \\d+ ms, write \\d+ ms; \\d+ files: ar/articles/first/index\\.html.*"
                    + "\\) after content/ar/articles/first\\.md.*"), running.log().toString());
        }
    }

    @Test
    void anArticleSavedByEmptyingItThenWritingItTakesTheQuickPathWithoutAnError() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            // An editor saving in place, caught between emptying the file and writing it: the
            // watcher reports the empty file well past the quiet time of one save.
            site.write(ServeSites.AR_ARTICLE, "");
            Thread.sleep(PreviewServer.DEBOUNCE.toMillis() * 6);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("نص محفوظ على مرحلتين."));
            events.await("reload", WAIT);
            assertTrue(RawHttp.get(running.port(), "/ar/articles/first/").text().contains("نص محفوظ على مرحلتين."));
            String log = running.log().toString();
            assertFalse(log.contains("failed"), log);
            assertTrue(log.contains("updated in"), log);
        }
    }

    @Test
    void anArticleLeftEmptyIsStillReportedAfterAMoment() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            site.write(ServeSites.AR_ARTICLE, "");
            String problems = events.await("problems", WAIT).data();
            assertTrue(problems.contains("content/ar/articles/first.md:1:1: no front matter"), problems);
        }
    }

    @Test
    void aBrokenEditShowsTheOverlayAndKeepsTheLastGoodSiteUntilFixed() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            String good = RawHttp.get(running.port(), "/ar/articles/first/").text();

            site.write(ServeSites.AR_ARTICLE, "---\n\"<img src=x onerror=alert(1)>\": 1\ntitle: x\ndate: 2022-05-11\n---\nنص\n");
            String problems = events.await("problems", WAIT).data();
            assertTrue(problems.contains("content/ar/articles/first.md:2:1: unknown key '<img src=x onerror=alert(1)>'"), problems);

            RawHttp.Answer page = RawHttp.get(running.port(), "/ar/articles/first/");
            assertEquals(200, page.status());
            assertTrue(page.text().contains("نص المقال الأول"), "still the last good build");
            assertTrue(page.text().contains("id=\"" + ErrorOverlay.ID + "\""), "overlay in the page");
            assertFalse(page.text().contains("<img src=x"), "problem text is escaped");
            assertTrue(page.text().contains("first.md:2:1: unknown key &#39;&lt;img src=x onerror=alert(1)&gt;&#39;"), page.text());
            RawHttp.Answer missing = RawHttp.get(running.port(), "/en/missing/");
            assertTrue(missing.text().contains(ErrorOverlay.ID), "the overlay is on every HTML answer");
            assertEquals(good.replaceAll("data-build=\"[^\"]*\"", ""),
                    page.text().replaceAll("<div id=\"warraq-overlay\".*?</div>", "").replaceAll("data-build=\"[^\"]*\"", ""),
                    "the page itself is unchanged");

            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("أُصلح الخطأ."));
            events.await("reload", WAIT);
            RawHttp.Answer fixed = RawHttp.get(running.port(), "/ar/articles/first/");
            assertTrue(fixed.text().contains("أُصلح الخطأ."), fixed.text());
            assertFalse(fixed.text().contains(ErrorOverlay.ID), "the overlay is gone");
            assertTrue(running.log().toString().contains("rebuild failed in"), running.log().toString());
        }
    }

    @Test
    void aBrokenTemplateIsShownAtItsLineAndColumn() throws Exception {
        TestSite site = ServeSites.site(dir);
        String layout = java.nio.file.Files.readString(Path.of("templates/layout.html"));
        site.write("templates/layout.html", layout);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            site.write("templates/layout.html", layout.replace("<title th:text=\"${page.title}\">", "<title th:text=\"${page.title\">"));
            String problems = events.await("problems", WAIT).data();
            assertTrue(problems.contains("templates/layout.html:6:10: Could not parse as expression: \"${page.title\" — fix the template"),
                    problems);
        }
    }

    @Test
    void aPageOpenedDuringAFailureGetsTheProblemsWhenItConnects() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient first = new SseClient(running.port())) {
            first.await("hello", WAIT);
            site.write(ServeSites.EN_ARTICLE, "---\ntitle: x\n---\n");
            first.await("problems", WAIT);
            try (SseClient late = new SseClient(running.port())) {
                late.await("hello", WAIT);
                assertTrue(late.await("problems", WAIT).data().contains("content/en/articles/first.md"));
            }
        }
    }

    @Test
    void theLiveScriptSetsTextNeverMarkup() {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site)) {
            String js = RawHttp.get(running.port(), "/__warraq/live.js").text();
            assertTrue(js.contains("textContent"));
            assertFalse(js.contains("innerHTML"));
            assertFalse(js.contains("__STYLE__"), "placeholders filled");
            assertTrue(js.contains("new EventSource('/__warraq/events')"));
        }
    }

    @Test
    void buildOutputNeverContainsTheSnippet() throws IOException {
        TestSite site = ServeSites.site(dir);
        assertEquals(0, site.build().exitCode());
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("__warraq"), file.toString());
                assertFalse(text.contains(ErrorOverlay.ID), file.toString());
            }
        }
    }

    @Test
    void aSiteThatFailsAtStartIsServedOnceFixed() throws Exception {
        TestSite site = ServeSites.site(dir).write(ServeSites.EN_ARTICLE, "---\ntitle: x\n---\n");
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            RawHttp.Answer before = RawHttp.get(running.port(), "/en/");
            assertEquals(404, before.status());
            assertTrue(before.text().contains("content/en/articles/first.md"), before.text());
            assertTrue(running.log().toString().contains("build failed in"), running.log().toString());
            site.write(ServeSites.EN_ARTICLE, "---\ntitle: x\ndate: 2022-05-11\n---\n");
            events.await("reload", WAIT);
            assertEquals(200, RawHttp.get(running.port(), "/en/").status());
        }
    }

    /** How each build found its output folder: "none", "link" (to the last build: a fresh folder) or "folder" (a spare, updated in place). */
    private static String found(Path out) {
        return !Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "none" : Files.isSymbolicLink(out) ? "link" : "folder";
    }

    /**
     * Each build writes to the same folder, {@code out}, where an earlier output is: the second
     * finds the first (a link to it), the third the first's own folder, which no one served any
     * more once the second was published: it is updated in place, not made again folder by folder.
     */
    @Test
    void everyBuildWritesToOneFolderWhereAnEarlierOutputIsFound() throws Exception {
        TestSite site = ServeSites.withEnglishArticles(dir, 60);
        List<Path> outputs = new CopyOnWriteArrayList<>();
        List<String> previous = new CopyOnWriteArrayList<>();
        List<String> how = new CopyOnWriteArrayList<>();
        // What a build cache keyed by the output folder would see: the same folder, with an earlier output in it.
        Function<BuildOptions, BuildReport> pipeline = options -> {
            outputs.add(options.outputDir());
            how.add(found(options.outputDir()));
            Path page = options.outputDir().resolve("ar/articles/first/index.html");
            previous.add(Files.isRegularFile(page) ? readString(page) : "");
            return BuildPipeline.run(options);
        };
        try (PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false),
                new PrintWriter(new StringWriter(), true), pipeline); SseClient events = new SseClient(server.port())) {
            events.await("hello", WAIT);
            Path firstRoot = server.currentRoot();
            Object firstFolder = Files.getAttribute(firstRoot, "unix:ino");
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("النص الثاني."));
            events.await("reload", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("النص الثالث."));
            events.await("reload", WAIT);
            assertEquals(3, outputs.size());
            assertEquals(1, Set.copyOf(outputs).size(), "one output folder: " + outputs);
            assertEquals(List.of("none", "link", "folder"), how);
            assertEquals("", previous.get(0));
            assertTrue(previous.get(1).contains("نص المقال الأول."), "the first build's page is there for the second");
            assertTrue(previous.get(2).contains("نص المقال الأول."), "the first build's folder is there for the third");
            assertNotEquals(firstRoot, server.currentRoot(), "each good build is served from a folder of its own");
            assertEquals(firstFolder, Files.getAttribute(server.currentRoot(), "unix:ino"), "the third updated the first's folder");
            assertTrue(RawHttp.get(server.port(), "/ar/articles/first/").text().contains("النص الثالث."));
        }
    }

    /**
     * After a build that wrote most pages anew (the site's title changed), the spare folder holds
     * an older build lacking them: the next build writes a fresh folder, linking the last build's
     * pages, instead of rendering them again into the spare. The one after updates a spare again.
     */
    @Test
    void afterABuildThatRewroteMostPagesTheNextWritesAFreshFolder() throws Exception {
        TestSite site = ServeSites.withEnglishArticles(dir, 60);
        List<String> how = new CopyOnWriteArrayList<>();
        Function<BuildOptions, BuildReport> pipeline = options -> {
            how.add(found(options.outputDir()));
            return BuildPipeline.run(options);
        };
        try (PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false),
                new PrintWriter(new StringWriter(), true), pipeline); SseClient events = new SseClient(server.port())) {
            events.await("hello", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("النص الثاني."));
            events.await("reload", WAIT);
            site.write("site.yaml", TestSite.siteYaml().replace("title: {ar: موقع, en: Site}", "title: {ar: أرشيف, en: Archive}"));
            events.await("reload", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("النص الثالث."));
            events.await("reload", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("النص الرابع."));
            events.await("reload", WAIT);
            assertEquals(List.of("none", "link", "folder", "link", "folder"), how);
            String page = RawHttp.get(server.port(), "/ar/articles/first/").text();
            assertTrue(page.contains("النص الرابع.") && page.contains("أرشيف"), page);
        }
    }

    @Test
    void draftsAreServedOnlyWithDrafts() {
        TestSite site = ServeSites.site(dir).write("content/en/articles/draft.md",
                "---\ntitle: Unfinished\ndate: 2022-05-12\ndraft: true\n---\nNot yet.\n");
        for (boolean drafts : new boolean[] {false, true}) {
            try (PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, drafts),
                    new PrintWriter(new StringWriter(), true))) {
                RawHttp.Answer page = RawHttp.get(server.port(), "/en/articles/draft/");
                assertEquals(drafts ? 200 : 404, page.status(), "drafts " + drafts);
                assertEquals(drafts, page.text().contains("Not yet."));
            }
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
