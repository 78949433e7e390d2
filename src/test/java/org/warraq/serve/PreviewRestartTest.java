package org.warraq.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * The preview keeps its last build in the site's cache, so the next {@code serve} takes over the
 * pages that did not change; what it serves is still exactly what a build makes.
 */
class PreviewRestartTest {
    private static final Pattern BUILT = Pattern.compile("built in \\d+ ms \\(build \\d+ ms: [^;]*; (\\d+) files, (\\d+) unchanged");

    @TempDir
    Path dir;

    /** The files and unchanged files of the session's first build, from its log line. */
    private static int[] firstBuild(StringWriter log) {
        Matcher m = BUILT.matcher(log.toString());
        assertTrue(m.find(), log.toString());
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static PreviewServer start(TestSite site, int port, StringWriter log) {
        return PreviewServer.start(new ServeOptions(site.root(), "127.0.0.1", port, false), new PrintWriter(log, true));
    }

    /** A port free a moment ago: both sessions of a test must build for the same address. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What {@code server} serves is exactly what a build of the same sources for its address makes. */
    private void assertServesWhatABuildMakes(TestSite site, PreviewServer server) {
        Path clean = dir.resolve("clean");
        BuildPipeline.run(new BuildOptions(site.root(), clean, server.url(), false));
        Trees.assertIdentical(clean, server.currentRoot());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNextSessionTakesOverThePagesThatDidNotChange() throws IOException {
        TestSite site = ServeSites.site(dir.resolve("site"));
        int port = freePort();
        StringWriter firstLog = new StringWriter();
        try (PreviewServer first = start(site, port, firstLog)) {
            assertEquals(0, firstBuild(firstLog)[1], firstLog.toString());
        }
        // Its output's manifest is saved, as a build's is: the next session knows what it holds unrendered.
        assertTrue(names(site.root().resolve(".warraq-cache")).stream().anyMatch(n -> n.startsWith("output-")));
        site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("نص جديد كتب بين جلستين."));

        StringWriter log = new StringWriter();
        try (PreviewServer second = start(site, port, log)) {
            int[] built = firstBuild(log);
            assertTrue(built[1] > 0 && built[1] < built[0], "some files taken over, not all: " + log);
            assertServesWhatABuildMakes(site, second);
        }
    }

    @Test
    void aSessionStoppedRightAfterAQuickEditLeavesNothingStaleForTheNext() throws Exception {
        TestSite site = ServeSites.site(dir.resolve("site"));
        int port = freePort();
        StringWriter firstLog = new StringWriter();
        try (PreviewServer first = start(site, port, firstLog)) {
            // An edit the quick path applies in place, leaving the search index and related lists
            // to a background build that this session's end stops before it starts.
            site.write(ServeSites.AR_ARTICLE, ServeSites.arArticle("كلمة فريدة كتبت قبل الإغلاق."));
            ServeSites.awaitLog(firstLog, "updated in", 1);
        }
        try (PreviewServer second = start(site, port, new StringWriter())) {
            assertServesWhatABuildMakes(site, second);
        }
    }

    @Test
    void aSessionLeavesOnlyItsLastBuildBehind() throws IOException {
        TestSite site = ServeSites.site(dir.resolve("site"));
        Path work = site.root().resolve(".warraq-cache").resolve(PreviewWorkDir.NAME);
        // What a session killed in the middle of a build leaves: a version, a half-written output.
        Files.createDirectories(work.resolve("v3").resolve("ar"));
        Files.createDirectories(work.resolve(".out.new"));
        try (PreviewServer server = start(site, 0, new StringWriter())) {
            assertTrue(Files.isSymbolicLink(work.resolve("out")), "during a session out leads to the version built last");
            assertFalse(Files.exists(work.resolve("v3")));
        }
        assertEquals(List.of(".lock", "out"), names(work));
        assertFalse(Files.isSymbolicLink(work.resolve("out")));
        assertTrue(Files.isRegularFile(work.resolve("out").resolve("ar").resolve("index.html"), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * A session that built more than once leaves a build before its last as the spare; the next
     * session's first rebuild updates that folder in place rather than making every folder anew.
     */
    @Test
    void theNextSessionsFirstRebuildUpdatesTheSpareTheLastOneLeft() throws Exception {
        TestSite site = ServeSites.withEnglishArticles(dir.resolve("site"), 60);
        Path work = site.root().resolve(".warraq-cache").resolve(PreviewWorkDir.NAME);
        Path article = site.root().resolve(ServeSites.AR_ARTICLE);
        int port = freePort();
        try (PreviewServer first = start(site, port, new StringWriter()); SseClient events = new SseClient(first.port())) {
            events.await("hello", java.time.Duration.ofSeconds(60));
            for (String date : List.of("2022-05-12", "2022-05-13")) { // a new date: a full rebuild, not the quick path
                Files.writeString(article, Files.readString(article).replaceFirst("date: \\S+", "date: " + date));
                events.await("reload", java.time.Duration.ofSeconds(60));
            }
        }
        assertEquals(List.of(".lock", "out", PreviewWorkDir.SPARE), names(work));
        Object spare = Files.getAttribute(work.resolve(PreviewWorkDir.SPARE), "unix:ino");

        try (PreviewServer second = start(site, port, new StringWriter()); SseClient events = new SseClient(second.port())) {
            events.await("hello", java.time.Duration.ofSeconds(60));
            Files.writeString(article, Files.readString(article).replaceFirst("date: \\S+", "date: 2022-05-14"));
            events.await("reload", java.time.Duration.ofSeconds(60));
            assertEquals(spare, Files.getAttribute(second.currentRoot(), "unix:ino"), "the spare, updated in place");
            assertServesWhatABuildMakes(site, second);
        }
    }

    @Test
    void aSecondSessionOfTheSameSiteWorksInAFolderOfItsOwn() throws IOException {
        TestSite site = ServeSites.site(dir.resolve("site"));
        Path work = site.root().resolve(".warraq-cache").resolve(PreviewWorkDir.NAME);
        try (PreviewServer first = start(site, 0, new StringWriter())) {
            Path firstRoot = first.currentRoot();
            try (PreviewServer second = start(site, 0, new StringWriter())) {
                assertTrue(first.currentRoot().startsWith(work), first.currentRoot().toString());
                assertFalse(second.currentRoot().startsWith(work), second.currentRoot().toString());
                assertNotEquals(firstRoot, second.currentRoot());
            }
            // The second one's end leaves the first one's build alone.
            assertTrue(Files.isRegularFile(first.currentRoot().resolve("ar").resolve("index.html")));
        }
        assertEquals(List.of(".lock", "out"), names(work));
    }
}
