package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** The launcher's training run builds a copy of the site, never the site itself. */
class TrainingRunTest {
    @TempDir
    Path dir;

    @Test
    void buildsACopyAfterAnEditAndLeavesTheSiteAndItsCacheAlone() throws IOException {
        String article = "---\ntitle: \"مقال\"\ndate: 2022-05-01\n---\n\nنص المقال.\n";
        TestSite site = TestSite.of(dir.resolve("site"), "site.yaml", TestSite.siteYaml(), "content/ar/articles/a1.md", article);
        Path work = dir.resolve("work");

        assertEquals(0, TrainingRun.train(site.root(), work));

        assertTrue(Files.readString(work.resolve("site/ar/articles/a1/index.html")).contains("A sentence added by the training run."));
        assertTrue(Files.isDirectory(work.resolve("source/.warraq-cache")));
        assertEquals(article, Files.readString(site.root().resolve("content/ar/articles/a1.md")));
        assertFalse(Files.exists(site.root().resolve(".warraq-cache")));
        assertFalse(Files.exists(site.root().resolve("site")));
    }
}
