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

/** Links inside content/ that lead in a circle (an error) or nowhere (a warning), reported where they are. */
class ContentScannerTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/story.md", "---\ntitle: خبر\ndate: 2022-05-11\n---\nنص.\n");
    }

    /** Builds the site with a link at {@code path} (in content/) to {@code target}. */
    private TestSite.Run buildWithLink(String path, Path target) throws IOException {
        TestSite site = site();
        Files.createSymbolicLink(dir.resolve(path), target);
        return site.build();
    }

    @Test
    void controlCharactersInTheTextAreLeftOutWithAWarningAtTheFirst() throws IOException {
        TestSite site = site().write("content/ar/articles/story.md",
                "---\ntitle: خبر\ndate: 2022-05-11\n---\nنص \u0001 و \u001b[31mملون.\n\nصفحة\fأخرى.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/story.md:5:4: warning: 3 control characters in the text"
                + " (the first: U+0001) left out — delete them from the file"), run.err());
        String page = Files.readString(site.output().resolve("ar/articles/story/index.html"));
        assertTrue(page.contains("<p>نص  و [31mملون.</p>") && page.contains("<p>صفحة أخرى.</p>"), page);
        assertTrue(site.build().err().contains("warning: 3 control characters"), "said again in a build from the cache");
        String feed = Files.readString(site.output().resolve("ar/feed.xml"));
        assertFalse(feed.chars().anyMatch(c -> c < 0x20 && c != '\n'), "the feed is XML");
    }

    @Test
    void aFolderLinkThatLoopsIsAnErrorAtItsPath() throws IOException {
        TestSite.Run run = buildWithLink("content/ar/articles/loop", Path.of(".."));
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("content/ar/articles/loop: error: a link to a folder that holds it: its content would be read forever"
                + " — remove the link", run.err().lines().findFirst().orElseThrow());
        assertFalse(run.all().contains("Exception"), run.all());
    }

    @Test
    void aFileLinkToNothingIsSkippedWithAWarning() throws IOException {
        TestSite.Run run = buildWithLink("content/ar/articles/gone.md", dir.resolve("nowhere.md"));
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/ar/articles/gone.md: warning: a link to a file that does not exist — skipped;"
                + " fix or remove the link"), run.err());
        assertTrue(Files.exists(dir.resolve("site/ar/articles/story/index.html")), "the rest is built");
    }
}
