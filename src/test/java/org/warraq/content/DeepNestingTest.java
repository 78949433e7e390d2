package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** Markdown nested deeper than any real text is an error at its line, not a stack overflow that depends on the thread. */
class DeepNestingTest {
    @TempDir
    Path dir;

    private TestSite.Run build(String nested) {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/ar/articles/deep.md",
                "---\ntitle: \"عميق\"\ndate: 2022-05-11\n---\nفقرة.\n\n" + nested + "نص\n").build();
    }

    private static String expected(int line) {
        return "content/ar/articles/deep.md:" + line + ":1: error: Markdown nested too deeply (more than 256 block quotes, "
                + "lists or emphases inside each other) — flatten it";
    }

    @Test
    void thousandsOfListOrQuoteMarkersOnOneLineAreRefusedAtThatLine() {
        for (String marker : List.of("- ", "> ", ">", "1. ", "2) ")) {
            TestSite.Run run = build(marker.repeat(3000));
            assertEquals(1, run.exitCode(), marker + run.all());
            assertEquals(expected(7), run.err().lines().findFirst().orElseThrow(), marker);
        }
    }

    @Test
    void listsNestedByIndentationAreRefusedWhereTheyGetTooDeep() {
        StringBuilder nested = new StringBuilder();
        for (int level = 0; level < 400; level++) {
            nested.append("  ".repeat(level)).append("- ").append(level).append('\n');
        }
        TestSite.Run run = build(nested.toString());
        assertEquals(1, run.exitCode(), run.all());
        // Each level is a list and its item: the 128th level's paragraph is the 257th element inside another.
        assertEquals(expected(7 + 127), run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void ordinaryNestingBuilds() {
        TestSite.Run run = build("> " .repeat(20) + "- ".repeat(20) + "\n\n- a\n  - b\n    - c\n");
        assertEquals(0, run.exitCode(), run.all());
    }
}
