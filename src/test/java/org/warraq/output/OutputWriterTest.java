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
