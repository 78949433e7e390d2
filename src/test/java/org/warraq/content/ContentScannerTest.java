package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** Links inside content/ that lead nowhere or in a circle: skipped with a warning where they are, not a stack of exceptions. */
class ContentScannerTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/story.md", "---\ntitle: خبر\ndate: 2022-05-11\n---\nنص.\n");
    }

    @Test
    void aFolderLinkThatLoopsAndAFileLinkToNothingAreSkippedWithWarnings() throws IOException {
        TestSite site = site();
        Files.createSymbolicLink(dir.resolve("content/ar/articles/loop"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("content/ar/articles/gone.md"), dir.resolve("nowhere.md"));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/loop: warning: a link to a folder that holds it — skipped,"
                + " or it would be read forever; remove the link"), run.err());
        assertTrue(run.err().contains("content/ar/articles/gone.md: warning: a link to a file that does not exist — skipped;"
                + " fix or remove the link"), run.err());
        assertFalse(run.all().contains("Exception"), run.all());
        assertTrue(Files.exists(site.output().resolve("ar/articles/story/index.html")), "the rest is built");
    }
}
