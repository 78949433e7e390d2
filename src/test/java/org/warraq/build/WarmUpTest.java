package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.content.MarkdownRenderer;
import org.warraq.render.Templates;
import org.warraq.testing.TestSite;

/** The parser and template engine are warmed up only for a build that will parse or render something. */
class WarmUpTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/ar/articles/a1.md",
                "---\ntitle: \"مقال\"\ndate: 2022-05-01\n---\n\nنص.\n");
    }

    @Test
    void aSiteNeverBuiltNeedsIt() {
        TestSite site = site();
        assertTrue(WarmUp.needed(site.root(), site.output()));
    }

    @Test
    void aSiteUnchangedSinceItsLastBuildDoesNot() throws IOException {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        Instant built = Instant.now().minusSeconds(60);
        // The sources as they were a minute before the build.
        try (var files = Files.walk(site.root())) {
            for (Path f : files.filter(f -> !f.startsWith(site.root().resolve(BuildPipeline.CACHE_DIR))).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(built.minusSeconds(60)));
            }
        }
        assertFalse(WarmUp.needed(site.root(), site.output()));
        assertTrue(WarmUp.needed(site.root(), dir.resolve("elsewhere")), "another output, never built");

        Path article = site.root().resolve("content/ar/articles/a1.md");
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(WarmUp.needed(site.root(), site.output()), "an article edited after the build");
    }

    @Test
    void aRebuildOfALargeSiteDoesNotItsCacheSaysHowLarge() throws IOException {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        Path article = site.root().resolve("content/ar/articles/a1.md");
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(WarmUp.needed(site.root(), site.output()), "a small site after an edit");
        Path cache = site.root().resolve(BuildPipeline.CACHE_DIR).resolve(BuildPipeline.PARSE_CACHE);
        try (var file = java.nio.channels.FileChannel.open(cache, java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[1]), WarmUp.LARGE_SITE_CACHE_BYTES); // as large as 4,000 files' cache
        }
        assertFalse(WarmUp.needed(site.root(), site.output()), "a large site after an edit");
    }

    @Test
    void warmingUpRunsTheParserAndTheEngineOnTheirSamples() {
        assertDoesNotThrow(MarkdownRenderer::warmUp);
        assertDoesNotThrow(Templates::warmUp);
    }
}
