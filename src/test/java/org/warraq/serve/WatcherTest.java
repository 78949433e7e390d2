package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildPipeline;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/** What the preview watches and what it ignores: scratch files, vanished files, symbolic link loops. */
class WatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void editorScratchFilesDoNotTriggerOrJoinRebuilds() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            site.write("content/ar/articles/.first.md.swp", "vim swap")
                    .write("content/ar/articles/first.md~", "backup")
                    .write("content/ar/articles/#first.md#", "emacs autosave")
                    .write("content/ar/articles/.#first.md", "emacs lock")
                    .write("content/ar/articles/first.md.tmp", "atomic save")
                    .write("content/en/articles/4913", "vim's probe for a writable folder")
                    .write("notes.txt", "outside the watched folders")
                    .write("site/index.html", "the build folder is not a source");
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("بعد التعديل."));
            events.await("reload", WAIT);
            String log = running.log().toString();
            // An article edit takes the quick path ("updated"); anything else is a full build ("rebuilt").
            String rebuilt = log.lines().filter(line -> line.startsWith("updated in")).findFirst().orElseThrow();
            assertTrue(rebuilt.endsWith("after content/ar/articles/first.md"), rebuilt);
            assertEquals(1, log.lines().filter(line -> line.startsWith("rebuilt") || line.startsWith("updated")).count(), log);
        }
    }

    @Test
    void templatesStaticAndSiteYamlAreWatched() throws Exception {
        TestSite site = ServeSites.site(dir);
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        Trees.copy(Path.of("static"), dir.resolve("static"));
        site.write("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            site.write("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>");
            events.await("reload", WAIT);
            site.write("templates/.base.html.swp", "vim swap");
            Files.writeString(dir.resolve("templates/i18n/en.properties"),
                    Files.readString(dir.resolve("templates/i18n/en.properties")) + "\n# edited\n");
            events.await("reload", WAIT);
            site.write("site.yaml", TestSite.siteYaml().replace("Site}", "Renamed}"));
            events.await("reload", WAIT);
            assertTrue(RawHttp.get(running.port(), "/en/").text().contains("Renamed"));
            Files.createDirectories(dir.resolve("content/en/articles/new-folder"));
            site.write("content/en/articles/new-folder/second.md", "---\ntitle: Second\ndate: 2022-05-12\n---\nText.\n");
            events.await("reload", WAIT);
            assertEquals(200, RawHttp.get(running.port(), "/en/articles/second/").status(), "a new folder is watched too");
        }
    }

    @Test
    void aSymbolicLinkLoopDoesNotHangTheWatcher() throws Exception {
        TestSite site = ServeSites.site(dir);
        try (ServeSites.Running running = ServeSites.serve(site); SseClient events = new SseClient(running.port())) {
            events.await("hello", WAIT);
            Files.createSymbolicLink(dir.resolve("templates-loop"), dir);
            Files.createDirectories(dir.resolve("static/a"));
            Files.createSymbolicLink(dir.resolve("static/a/loop"), dir.resolve("static"));
            Files.createDirectories(dir.resolve("content/en/articles/b"));
            Files.createSymbolicLink(dir.resolve("content/en/articles/b/up"), dir.resolve("content/en"));
            String problems;
            do { // the build refuses a loop in content/ and static/; one build may see the static one alone
                problems = events.await("problems", WAIT).data();
            } while (!problems.contains("content/en/articles/b/up"));
            assertTrue(problems.contains("static/a/loop"), problems);
            Files.delete(dir.resolve("content/en/articles/b/up"));
            Files.delete(dir.resolve("static/a/loop"));
            events.await("reload", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("ما زال يراقب."));
            events.await("reload", WAIT);
            assertTrue(RawHttp.get(running.port(), "/ar/articles/first/").text().contains("ما زال يراقب."));
        }
    }

    @Test
    void aFileThatVanishesDuringABuildIsNotFatal() throws Exception {
        TestSite site = ServeSites.site(dir);
        AtomicInteger calls = new AtomicInteger();
        StringWriter log = new StringWriter();
        // The second build finds a file gone between listing and reading, as during an editor's save.
        try (PreviewServer server = PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", 0, false),
                new PrintWriter(log, true), options -> {
                    if (calls.incrementAndGet() == 2) {
                        throw new UncheckedIOException(new NoSuchFileException(dir.resolve(ServeSites.AR_ARTICLE).toString()));
                    }
                    return BuildPipeline.run(options);
                });
                SseClient events = new SseClient(server.port())) {
            events.await("hello", WAIT);
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("بعد الحفظ."));
            events.await("reload", WAIT);
            assertTrue(RawHttp.get(server.port(), "/ar/articles/first/").text().contains("بعد الحفظ."));
            assertFalse(log.toString().contains("failed"), log.toString());
        }
    }
}
