package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * {@code warraq build --watch}: after its first build, every change of the sources builds the
 * output again, to the bytes a clean build of the same sources makes; a change that breaks the
 * site is reported where it is, leaves the output as it was, and the fix builds.
 */
@Timeout(120) // a watch that never stops (a refusal missed) fails the test instead of hanging the suite
class BuildWatchTest {
    private static final long PATIENCE_MILLIS = 30_000;

    @TempDir
    Path dir;

    private static String article(String title, String tags, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2022-05-01\ntopics: [coalition-meetings]\ntags: [" + tags
                + "]\n---\n\n" + body + "\n";
    }

    private TestSite site(Path root) {
        return TestSite.of(root, "site.yaml", TestSite.siteYaml(),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: \"اجتماعات التحالف\"\n---\nاجتماعات التحالف الدولي.\n",
                "content/en/topics/coalition-meetings.md", "---\ntitle: \"Coalition meetings\"\n---\nThe coalition's meetings.\n",
                "content/ar/articles/one.md", article("المقال الأول", "وسم", "نص عن التحالف. [الثاني](two.md)"),
                "content/ar/articles/two.md", article("المقال الثاني", "وسم", "نص آخر عن التحالف."),
                "content/en/articles/one.md", article("The first article", "tag", "Text about the coalition."));
    }

    /** {@code warraq build --watch ARGS} running on a thread of its own, as a person runs it in a terminal. */
    private static final class Watching implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exitCode = new AtomicInteger(-1);
        final Thread thread;

        Watching(String... args) {
            thread = new Thread(() -> exitCode.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args)),
                    "watch-under-test");
            thread.start();
        }

        /** Waits until {@code printed} has said {@code what} {@code times} times. */
        void await(Supplier<String> printed, String what, int times) throws InterruptedException {
            long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
            while (printed.get().split(java.util.regex.Pattern.quote(what), -1).length - 1 < times) {
                if (!thread.isAlive()) {
                    fail("the watch ended (exit " + exitCode.get() + ") before printing '" + what + "':\n" + out + err);
                }
                if (System.currentTimeMillis() > deadline) {
                    fail("no '" + what + "' (" + times + ") within " + PATIENCE_MILLIS + " ms:\n" + out + err);
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(PATIENCE_MILLIS);
        }
    }

    @Test
    void eachChangeBuildsTheOutputAgainAsACleanBuildOfTheSameSourcesWould() throws Exception {
        TestSite site = site(dir.resolve("watched"));
        try (Watching watch = new Watching("build", "--watch", "--source", site.root().toString())) {
            watch.await(watch.out::toString, "Watching site.yaml, content/, templates/ and static/", 1);
            assertTrue(watch.out.toString().startsWith("Built "), watch.out.toString());

            site.write("content/ar/articles/two.md", article("عنوان جديد للمقال الثاني", "وسم, وسم آخر", "نص جديد."));
            watch.await(watch.out::toString, "Rebuilt " + site.output(), 1);
            awaitQuiet(watch);
            assertTrue(watch.out.toString().contains("after content/ar/articles/two.md"), watch.out.toString());
            Trees.assertIdentical(cleanBuild(site, "after-edit"), site.output());
            assertTrue(site.read("ar/articles/two/index.html").contains("عنوان جديد للمقال الثاني"));

            // A new article and a new language's page at once, then one deleted.
            site.write("content/en/articles/two.md", article("The second article", "tag", "More text. [First](one.md)"));
            site.write("content/ar/articles/three.md", article("المقال الثالث", "وسم آخر", "نص ثالث. [الأول](one.md)"));
            watch.await(watch.out::toString, "Rebuilt " + site.output(), 2);
            awaitQuiet(watch);
            Trees.assertIdentical(cleanBuild(site, "after-new"), site.output());
            Files.delete(site.root().resolve("content/ar/articles/three.md"));
            watch.await(watch.out::toString, "Rebuilt " + site.output(), rebuilds(watch) + 1);
            Trees.assertIdentical(cleanBuild(site, "after-delete"), site.output());
            assertEquals("", watch.err.toString());
        }
    }

    @Test
    void aBrokenSourceIsReportedWhereItIsAndTheOutputStaysUntilItIsMended() throws Exception {
        TestSite site = site(dir.resolve("watched"));
        try (Watching watch = new Watching("build", "-w", "--quiet", "--source", site.root().toString())) {
            watch.await(() -> site.output().resolve("sitemap.xml").toFile().exists() ? "built" : "", "built", 1);
            Thread.sleep(200); // the watch has started before the first build: nothing to wait for but its line
            var before = Trees.read(site.output());

            site.write("content/ar/articles/two.md", "---\ntitle: [المقال الثاني\ndate: 2022-05-01\n---\n\nنص.\n");
            watch.await(watch.err::toString, "Build failed: 1 error", 1);
            assertTrue(watch.err.toString().startsWith("content/ar/articles/two.md:2:"), watch.err.toString());
            assertTrue(watch.err.toString().contains("The output is unchanged; watching for the next change."));
            assertFalse(watch.err.toString().contains("\tat "), "no stack trace");
            Trees.assertIdentical(before, Trees.read(site.output()));

            site.write("content/ar/articles/two.md", article("المقال الثاني مصلحا", "وسم", "نص آخر عن التحالف."));
            awaitOutput(site, "ar/articles/two/index.html", "المقال الثاني مصلحا");
            awaitQuiet(watch);
            Trees.assertIdentical(cleanBuild(site, "mended"), site.output());
            assertEquals("", watch.out.toString(), "--quiet prints only problems");
        }
    }

    @Test
    void aFolderOfSomethingElseIsRefusedAndNothingIsWatched() throws IOException {
        TestSite site = site(dir.resolve("watched"));
        Path desktop = Files.createDirectories(dir.resolve("Desktop"));
        Files.writeString(desktop.resolve("notes.txt"), "mine");
        TestSite.Run run = site.run("build", "--watch", "--output", desktop.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: refusing to replace " + desktop), run.err());
        assertFalse(run.out().contains("Watching"), run.out());
        assertEquals("mine", Files.readString(desktop.resolve("notes.txt")));
    }

    /** A clean build of the site's sources as they are now, in a folder of its own. */
    private Path cleanBuild(TestSite site, String name) throws IOException {
        Path copy = dir.resolve(name);
        Trees.copy(site.root().resolve("site.yaml"), copy.resolve("site.yaml"));
        Trees.copy(site.root().resolve("content"), copy.resolve("content"));
        TestSite.Run run = TestSite.Cli.run("build", "--quiet", "--source", copy.toString());
        assertEquals(0, run.exitCode(), run.all());
        return copy.resolve("site");
    }

    private static int rebuilds(Watching watch) {
        return watch.out.toString().split("Rebuilt ", -1).length - 1;
    }

    /** Waits until a build has put {@code text} into the output file at {@code path}. */
    private static void awaitOutput(TestSite site, String path, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!Files.exists(site.output().resolve(path)) || !site.read(path).contains(text)) {
            if (System.currentTimeMillis() > deadline) {
                fail("'" + text + "' never reached " + path);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Waits until no build has run for a while: changes saved as several events (a file written,
     * then another) may make two batches, and the last one's build must be over before the output
     * is compared.
     */
    private static void awaitQuiet(Watching watch) throws InterruptedException {
        String printed;
        do {
            printed = watch.out.toString() + watch.err;
            Thread.sleep(1_500);
        } while (!printed.equals(watch.out.toString() + watch.err));
    }
}
