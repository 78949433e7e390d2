package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.problem.Progress;
import org.warraq.testing.TestSite;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/a1.md", "---\ntitle: \"أ\"\ndate: 2022-05-01\n---\nنص أول.\n",
                "content/ar/articles/a2.md", "---\ntitle: \"ب\"\ndate: 2022-05-02\n---\nنص ثان.\n",
                "content/en/articles/b1.md", "---\ntitle: \"B\"\ndate: 2022-05-03\n---\nText.\n");
    }

    private static void setTimes(Path root, Instant time) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(time));
            }
        }
    }

    @Test
    void filesStampedAgainWithoutChangingAreNotCountedAsParsed() throws IOException {
        // Files written just now are too recent for their stamps to be trusted: the next build reads
        // them, finds the bytes it knows and records the stamps, which is a change to save but no
        // parse. A rebuild is told apart from a large build by what it parsed.
        TestSite site = site();
        SiteConfig config = SiteConfigLoader.load(site.root()).config();
        ParseCache cache = new ParseCache();
        ContentLoader.load(site.root(), config, cache, Progress.NONE);
        assertEquals(3, cache.parsed());

        setTimes(site.root(), Instant.now().minusSeconds(3600));
        long changes = cache.changes();
        ContentLoader.load(site.root(), config, cache, Progress.NONE);
        assertEquals(3, cache.parsed(), "nothing parsed again");
        assertEquals(changes + 3, cache.changes(), "three new stamps to save");

        Path edited = site.root().resolve("content/ar/articles/a2.md");
        Files.writeString(edited, Files.readString(edited).replace("نص ثان.", "نص ثان معدل."));
        Files.setLastModifiedTime(edited, FileTime.from(Instant.now().minusSeconds(60)));
        var content = ContentLoader.load(site.root(), config, cache, Progress.NONE);
        assertEquals(4, cache.parsed(), "the edited file only");
        assertTrue(content.replaced().containsKey("content/ar/articles/a2.md"), content.replaced().keySet()::toString);
    }
}
