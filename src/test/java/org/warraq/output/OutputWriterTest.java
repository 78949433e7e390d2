package org.warraq.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/** The output stage through builds: never half-written, nothing stale, never over the sources. */
class OutputWriterTest {
    @TempDir
    Path dir;

    private static String article(String title) {
        return "---\ntitle: \"" + title + "\"\ndate: 2022-05-11\n---\nنص.\n";
    }

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/first.md", article("الأول"),
                "content/ar/articles/second.md", article("الثاني"),
                "content/en/articles/first.md", article("First"));
    }

    @Test
    void failedBuildLeavesThePreviousSiteByteForByteIntact() {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        var before = Trees.read(site.output());
        site.write("content/ar/articles/first.md", "---\ntitle: \"تغيير\"\ndate: 2022-05-11\n---\nنص جديد.\n");
        site.write("content/ar/articles/broken.md", "---\ntitel: x\ndate: 2022-05-11\n---\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("The previous output, if any, is unchanged."), run.err());
        Trees.assertIdentical(before, Trees.read(site.output()));
    }

    @Test
    void buildFailingInTheLinksStageAlsoLeavesThePreviousSiteIntact() {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        var before = Trees.read(site.output());
        site.write("content/ar/articles/first.md", article("الأول") + "\n[x](missing.md)\n");
        assertEquals(1, site.build().exitCode());
        Trees.assertIdentical(before, Trees.read(site.output()));
    }

    @Test
    void filesOfEarlierBuildsThatNoLongerExistAreGone() throws IOException {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        assertTrue(Files.exists(site.output().resolve("ar/articles/second/index.html")));
        Files.writeString(site.output().resolve("stray.txt"), "left by hand");
        Files.delete(site.root().resolve("content/ar/articles/second.md"));
        assertEquals(0, site.build().exitCode());
        assertFalse(Files.exists(site.output().resolve("ar/articles/second")), "removed article's directory is gone");
        assertFalse(Files.exists(site.output().resolve("stray.txt")));
        assertTrue(Files.exists(site.output().resolve("ar/articles/first/index.html")));
    }

    private static org.warraq.model.OutputFile file(String path, String text) {
        return org.warraq.model.OutputFile.text(path, text);
    }

    /** Path → key of the files of {@code written} still on disk as written (what the next build may keep). */
    private static java.util.Map<String, String> intact(Path output, OutputWriter.Written written) {
        return written.manifest().intact(output.toAbsolutePath().normalize());
    }

    @Test
    void aBuildWithoutAManifestKeepsTheOutputFilesWhoseBytesAreUnchanged() throws Exception {
        Path output = dir.resolve("out");
        OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"), file("b/index.html", "B"),
                file("gone/index.html", "G")), java.util.Map.of());
        Object unchanged = Files.getAttribute(output.resolve("a/index.html"), "unix:ino");
        Files.writeString(output.resolve("stray.txt"), "left by hand");
        // No keys of the previous output, as after an upgrade of Warraq or a deleted cache.
        var second = OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"),
                file("b/index.html", "B, longer"), file("new/index.html", "N")), java.util.Map.of());
        assertEquals(1, second.reused());
        assertEquals(unchanged, Files.getAttribute(output.resolve("a/index.html"), "unix:ino"), "left where it was");
        assertEquals(java.util.Set.of("a/index.html", "b/index.html", "new/index.html"), Trees.read(output).keySet());
        assertEquals("B, longer", Files.readString(output.resolve("b/index.html")));
        assertEquals(second.manifest().intact(output.toAbsolutePath().normalize()).keySet(),
                java.util.Set.of("a/index.html", "b/index.html", "new/index.html"));
    }

    @Test
    void rebuildOverAPreviousOutputMovesOnlyChangedFilesAndKeepsUnchangedOnesUntouched() throws Exception {
        Path output = dir.resolve("out");
        var first = OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"),
                file("b/index.html", "B"), file("gone/index.html", "G"), file("x", "file becomes a folder")),
                java.util.Map.of());
        Object unchangedFolder = Files.getAttribute(output.resolve("a"), "unix:ino");
        var second = OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"),
                file("b/index.html", "B2"), file("x/index.html", "folder now"), file("new/index.html", "N")),
                intact(output, first));
        assertEquals(1, second.reused());
        assertEquals(unchangedFolder, Files.getAttribute(output.resolve("a"), "unix:ino"),
                "the output is updated where it is, not replaced by a new tree");
        assertEquals("B2", Files.readString(output.resolve("b/index.html")));
        assertEquals("folder now", Files.readString(output.resolve("x/index.html")));
        assertEquals("N", Files.readString(output.resolve("new/index.html")));
        assertFalse(Files.exists(output.resolve("gone")), "a page no longer built is gone, with its folder");
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of("out"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(second.manifest().intact(output.toAbsolutePath().normalize()).keySet(),
                java.util.Set.of("a/index.html", "b/index.html", "x/index.html", "new/index.html"),
                "the manifest describes the updated output");
    }

    @Test
    void aGeneratedFileWhoseBytesChangeButNotItsLengthIsWrittenAgain() throws Exception {
        Path output = dir.resolve("out");
        var first = OutputWriter.write(output, dir.resolve("src"), List.of(file("sitemap.xml", "<lastmod>2024-01-01</lastmod>"),
                file("robots.txt", "Allow: /")), java.util.Map.of());
        var second = OutputWriter.write(output, dir.resolve("src"), List.of(file("sitemap.xml", "<lastmod>2024-01-02</lastmod>"),
                file("robots.txt", "Allow: /")), intact(output, first));
        assertEquals("<lastmod>2024-01-02</lastmod>", Files.readString(output.resolve("sitemap.xml")));
        assertEquals(1, second.reused(), "robots.txt is the same file as before");
    }

    @Test
    void foldersLeftEmptyAtAnyDepthAreRemovedAndAFolderMayBecomeAFile() throws Exception {
        Path output = dir.resolve("out");
        var first = OutputWriter.write(output, dir.resolve("src"), List.of(file("keep/index.html", "K"),
                file("deep/er/still/index.html", "D"), file("y/index.html", "folder becomes a file"),
                file("half/a.json", "A"), file("half/b.json", "B")), java.util.Map.of());
        Files.createDirectories(output.resolve("empty/by/hand"));
        OutputWriter.write(output, dir.resolve("src"), List.of(file("keep/index.html", "K"), file("y", "file now"),
                file("half/a.json", "A")), intact(output, first));
        assertFalse(Files.exists(output.resolve("deep")), "emptied to the top");
        assertFalse(Files.exists(output.resolve("empty")), "empty before the build");
        assertEquals("file now", Files.readString(output.resolve("y")));
        assertEquals(List.of("a.json"), Files.list(output.resolve("half")).map(p -> p.getFileName().toString()).toList());
        assertEquals(java.util.Set.of("half/a.json", "keep/index.html", "y"), Trees.read(output).keySet());
    }

    @Test
    void strayFilesAreRemovedAndAFolderReplacedByALinkIsRemovedWithoutEnteringIt() throws Exception {
        Path output = dir.resolve("out");
        var first = OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"),
                file("b/index.html", "B"), file("c/d/index.html", "D")), java.util.Map.of());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        // Same bytes and time as the page it stands for: the link's target looks intact, so "b" is a known folder.
        Files.writeString(elsewhere.resolve("index.html"), "B");
        Files.setLastModifiedTime(elsewhere.resolve("index.html"), Files.getLastModifiedTime(output.resolve("b/index.html")));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        Files.delete(output.resolve("b/index.html"));
        Files.delete(output.resolve("b"));
        Files.createSymbolicLink(output.resolve("b"), elsewhere);
        Files.writeString(output.resolve("stray.txt"), "added by hand");
        Files.createDirectories(output.resolve("c/d/e"));
        Files.writeString(output.resolve("c/d/e/stray.html"), "added by hand");
        OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"), file("c/d/index.html", "D")),
                intact(output, first));
        assertEquals(java.util.Set.of("a/index.html", "c/d/index.html"), Trees.read(output).keySet());
        assertFalse(Files.exists(output.resolve("b"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(elsewhere.resolve("keep.txt")), "nothing is deleted through a link");
        assertEquals("B", Files.readString(elsewhere.resolve("index.html")));
    }

    @Test
    void filesKeptInPlaceAreRecordedAsTheManifestThatWasCheckedDescribesThem() throws Exception {
        Path output = dir.resolve("out");
        var first = OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"), file("b/index.html", "B")),
                java.util.Map.of());
        var intact = intact(output, first);
        // A file touched after the check (same bytes, another time): its checked entry is what the
        // next build must compare with, so that the touch sends it back to be written again.
        Files.setLastModifiedTime(output.resolve("a/index.html"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        OutputWriter.Written second;
        try (OutputWriter.Session session = OutputWriter.open(output, dir.resolve("src"), intact, true,
                first.manifest().files())) {
            session.add(file("a/index.html", "A"));
            session.add(file("b/index.html", "changed"));
            second = session.commit();
        }
        assertEquals(first.manifest().files().get("a/index.html"), second.manifest().files().get("a/index.html"));
        assertEquals(1_000_000, Files.getLastModifiedTime(output.resolve("a/index.html")).toMillis(), "kept, not written");
        assertFalse(second.manifest().intact(output.toAbsolutePath().normalize()).containsKey("a/index.html"));
        var b = second.manifest().files().get("b/index.html");
        assertEquals(Files.size(output.resolve("b/index.html")), b.size());
        assertEquals(Files.getLastModifiedTime(output.resolve("b/index.html")).toMillis(), b.modified());
    }

    /**
     * The preview's own folders are not listed (see WrittenFolders): told what the folder holds,
     * the session deletes what is no longer built from that alone. A file put there otherwise
     * stays, which a listing would have found and deleted.
     */
    @Test
    void aSessionToldWhatTheOutputHoldsDeletesWhatIsNoLongerBuiltWithoutListingIt() throws Exception {
        Path output = dir.resolve("out");
        var first = OutputWriter.write(output, dir.resolve("src"),
                List.of(file("a/index.html", "A"), file("gone/index.html", "G"), file("gone/deep/x.json", "X")), java.util.Map.of());
        Files.writeString(output.resolve("unseen.txt"), "not among the files the session was told of");
        OutputWriter.Written second;
        try (OutputWriter.Session session = OutputWriter.open(output, dir.resolve("src"), intact(output, first), true,
                first.manifest().files(), first.manifest().files().keySet())) {
            session.add(file("a/index.html", "A"));
            session.add(file("b/index.html", "B"));
            assertTrue(session.outputUntouched());
            second = session.commit();
            assertFalse(session.outputUntouched());
        }
        assertEquals(java.util.Set.of("a/index.html", "b/index.html"), second.manifest().files().keySet());
        assertFalse(Files.exists(output.resolve("gone")), "the folders it emptied are gone too");
        assertEquals("B", Files.readString(output.resolve("b/index.html")));
        assertTrue(Files.exists(output.resolve("unseen.txt")), "not listed");
    }

    @Test
    void sessionOverAPreviousOutputClosedWithoutCommitChangesNothing() throws Exception {
        Path output = dir.resolve("out");
        var first = OutputWriter.write(output, dir.resolve("src"), List.of(file("a/index.html", "A"), file("b/index.html", "B")),
                java.util.Map.of());
        var before = Trees.read(output);
        try (OutputWriter.Session session = OutputWriter.open(output, dir.resolve("src"), intact(output, first))) {
            session.add(file("a/index.html", "A"));
            session.add(file("b/index.html", "changed"));
            // A render error would end the build here: no commit.
        }
        Trees.assertIdentical(before, Trees.read(output));
    }

    @Test
    void noTemporaryDirectoriesAreLeftBeside() throws IOException {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        try (Stream<Path> entries = Files.list(site.root())) {
            // .warraq-cache/ is the incremental build cache, kept on purpose (and git-ignored).
            assertEquals(List.of(".warraq-cache", "content", "site", "site.yaml"),
                    entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void refusesToWriteIntoTheSourceDirectory() {
        TestSite site = site();
        var before = Trees.read(site.root());
        TestSite.Run run = site.build("--output", site.root().toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("error: refusing to replace " + site.root().toAbsolutePath().normalize()
                + ": it holds sources"), run.err());
        assertFalse(run.all().contains("\tat "));
        Trees.assertIdentical(before, Trees.read(site.root()));
    }

    @Test
    void refusesToWriteIntoTheSitesContentTemplatesOrStaticFolders() throws IOException {
        TestSite site = site();
        site.write("templates/404.html", "<html></html>");
        Files.createDirectories(site.root().resolve("static/css"));
        Files.createSymbolicLink(dir.resolve("articles-link"), site.root().resolve("content/ar/articles"));
        var before = Trees.read(site.root());
        for (String output : List.of("content", "content/ar/articles", "templates", "static/css", "content/new-folder",
                dir.resolve("articles-link").toString())) {
            TestSite.Run run = site.build("--output", output.startsWith("/") ? output : site.root().resolve(output).toString());
            assertEquals(1, run.exitCode(), output + ": " + run.all());
            assertTrue(run.err().startsWith("error: refusing to write the site into "), output + ": " + run.err());
            assertTrue(run.err().contains("— choose an output directory of its own, like site/"), run.err());
            assertFalse(run.all().contains("\tat "));
        }
        Trees.assertIdentical(before, Trees.read(site.root()));
    }

    @Test
    void refusesToReplaceAFileNamedAsTheOutput() throws IOException {
        TestSite site = site();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "keep me");
        TestSite.Run run = site.build("--output", notes.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("error: refusing to replace " + notes.toAbsolutePath().normalize() + ": it is a file, not a folder"
                + " — choose an output directory of its own, like site/", run.err().lines().findFirst().orElseThrow());
        assertEquals("keep me", Files.readString(notes));
    }

    @Test
    void refusesToReplaceAFolderOfOtherFilesButReplacesABuiltSite() throws IOException {
        TestSite site = site();
        Path desktop = dir.resolve("Desktop");
        Files.createDirectories(desktop.resolve("photos"));
        Files.writeString(desktop.resolve("notes.txt"), "keep me");
        Files.writeString(desktop.resolve("photos/a.jpg"), "jpeg");
        TestSite.Run run = site.build("--output", desktop.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("error: refusing to replace " + desktop.toAbsolutePath().normalize() + ": it holds files no build wrote"
                + " (notes.txt, photos/) — choose a new or empty folder, like site/, or empty this one first",
                run.err().lines().findFirst().orElseThrow());
        assertEquals("keep me", Files.readString(desktop.resolve("notes.txt")));
        assertEquals("jpeg", Files.readString(desktop.resolve("photos/a.jpg")));

        Path built = dir.resolve("built");
        assertEquals(0, site.build("--output", built.toString()).exitCode());
        try (Stream<Path> cache = Files.walk(site.root().resolve(".warraq-cache"))) {
            for (Path p : cache.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(built.resolve("extra.html"), "put here by hand");
        TestSite.Run again = site.build("--output", built.toString());
        assertEquals(0, again.exitCode(), "a built site is replaced, with or without the cache: " + again.all());
        assertFalse(Files.exists(built.resolve("extra.html")), "its contents are the build's");
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, site.build("--output", dir.resolve("empty").toString()).exitCode(), "an empty folder is fine");
    }

    @Test
    void refusesToWriteIntoAnotherDirectoryHoldingSiteYaml() throws IOException {
        TestSite site = site();
        Path other = dir.resolve("other-site");
        Files.createDirectories(other);
        Files.writeString(other.resolve("site.yaml"), "languages: []\n");
        Files.writeString(other.resolve("notes.md"), "keep me");
        TestSite.Run run = site.build("--output", other.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("refusing to replace " + other.toAbsolutePath().normalize()), run.err());
        assertEquals("keep me", Files.readString(other.resolve("notes.md")));
        assertTrue(Files.exists(other.resolve("site.yaml")));
    }

    @Test
    void writesToAnOutputDirectoryOutsideTheSource() {
        TestSite site = site();
        Path elsewhere = dir.resolve("build/public");
        assertEquals(0, site.build("--output", elsewhere.toString()).exitCode());
        assertTrue(Files.exists(elsewhere.resolve("ar/articles/first/index.html")));
        assertFalse(Files.exists(site.output()));
    }
}
