package org.warraq.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/**
 * Same sources, same bytes: no timestamps, no hash-order iteration, nothing from where the
 * sources or the output live. (A failed build leaving the previous site whole, and stale files
 * going, are in {@code OutputWriterTest}.)
 */
class ReproducibleBuildTest {
    @TempDir
    Path dir;

    @Test
    void repositorySiteBuiltTwiceIsByteIdentical() {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second/elsewhere");
        String base = "https://example.org/archive/";
        assertEquals(0, TestSite.Cli.run("build", "--source", ".", "--output", first.toString(), "--base-url", base).exitCode());
        assertEquals(0, TestSite.Cli.run("build", "--source", ".", "--output", second.toString(), "--base-url", base).exitCode());
        Trees.assertIdentical(first, second);
    }

    @Test
    void rebuildingIntoTheSameOutputChangesNoByte() {
        TestSite site = TestSite.fixture("three-languages", dir.resolve("site"));
        assertEquals(0, site.build().exitCode());
        var before = Trees.read(site.output());
        assertEquals(0, site.build().exitCode());
        Trees.assertIdentical(before, Trees.read(site.output()));
    }

    @Test
    void sourcesInAnotherDirectoryWithOtherTimestampsGiveTheSameBytes() throws IOException {
        TestSite a = TestSite.fixture("three-languages", dir.resolve("a"));
        TestSite b = TestSite.fixture("three-languages", dir.resolve("b/deeper/path"));
        try (Stream<Path> files = Files.walk(b.root())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
            }
        }
        assertEquals(0, a.build().exitCode());
        assertEquals(0, b.build().exitCode());
        Trees.assertIdentical(a.output(), b.output());
    }
}
