package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

class BuildCommandTest {
    @TempDir
    Path dir;

    private TestSite minimalSite() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/first.md", """
                        ---
                        title: "المقال الأول"
                        date: 2022-05-11
                        topics: [coalition-meetings]
                        summary: "ملخص"
                        ---
                        نص المقال.
                        """,
                "content/en/articles/first.md", """
                        ---
                        title: "First article"
                        date: 2022-05-11
                        topics: [coalition-meetings]
                        ---
                        Body text.
                        """);
    }

    @Test
    void buildWritesPagesAndPrintsSummaryPerLanguage() {
        TestSite site = minimalSite();
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("ar "), run.out());
        assertTrue(run.out().contains("stages: config"), run.out());
        assertTrue(Files.exists(site.output().resolve("ar/articles/first/index.html")));
        assertTrue(Files.exists(site.output().resolve("en/articles/first/index.html")));
        assertTrue(site.read("ar/articles/first/index.html").contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    @Test
    void contentErrorExitsWithOneAndNoStackTrace() {
        TestSite site = minimalSite().write("content/ar/articles/bad.md", "---\ntitel: x\ndate: 2022-01-01\n---\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/bad.md:2:1: error: unknown key 'titel' — did you mean 'title'?"), run.err());
        assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());
    }

    @Test
    void unknownOptionIsUsageErrorTwo() {
        TestSite.Run run = TestSite.Cli.run("build", "--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    @Test
    void versionAndHelpExitZero() {
        assertEquals(0, TestSite.Cli.run("--version").exitCode());
        TestSite.Run help = TestSite.Cli.run("build", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--base-url"), help.out());
    }
}
