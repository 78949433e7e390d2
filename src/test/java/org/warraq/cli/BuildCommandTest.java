package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void hugosKeysSayWhatToWriteHere() {
        TestSite site = minimalSite().write("content/ar/articles/moved.md",
                "---\ntitle: x\ndate: 2022-01-01\ndescription: ملخص\n---\n")
                .write("content/ar/articles/moved2.md", "---\ntitle: y\ndate: 2022-01-01\ncategories: [أخبار]\n---\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/ar/articles/moved.md:4:1: error: unknown key 'description' (Hugo's) — write it as"
                + " 'summary'"), run.err());
        assertTrue(run.err().contains("content/ar/articles/moved2.md:4:1: error: unknown key 'categories' (Hugo's) — use 'topics'"
                + " (listed in site.yaml) or 'tags'"), run.err());
    }

    @Test
    void everyUnknownKeyOfAFileIsReportedInOneBuildEachWhereItIs() {
        TestSite site = minimalSite().write("content/ar/articles/moved.md",
                "---\ntitle: x\nweight: 3\ndate: 2022-01-01\ncover:\n  image: a.jpg\nshowToc: true\ntitel: y\n---\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(List.of(
                "content/ar/articles/moved.md:3:1: error: unknown key 'weight' (Hugo's) — remove it: articles are listed newest first",
                "content/ar/articles/moved.md:5:1: error: unknown key 'cover' (Hugo's) — write its image under 'images'",
                "content/ar/articles/moved.md:7:1: error: unknown key 'showToc' — known keys are: aliases, author, date, draft,"
                        + " images, slug, source, summary, tags, title, topics, updated",
                "content/ar/articles/moved.md:8:1: error: unknown key 'titel' — did you mean 'title'?"), errors);
    }

    @Test
    void unknownKeysAreReportedBesideAWrongValueThatStoppedTheMapping() {
        TestSite site = minimalSite().write("content/ar/articles/moved.md",
                "---\ntitle: x\nweight: 3\ntags: {a: 1}\ndate: 2022-01-01\ntype: post\n---\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).map(l -> l.substring(0, l.indexOf(": error: ")))
                .toList();
        assertEquals(List.of("content/ar/articles/moved.md:3:1", "content/ar/articles/moved.md:4:1",
                "content/ar/articles/moved.md:6:1"), errors, run.err());
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

    @Test
    void summaryNamesEveryStageInPipelineOrderAndCountsPerLanguage() {
        TestSite.Run run = minimalSite().build();
        assertEquals(0, run.exitCode(), run.all());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("Built .*site: \\d+ files \\(\\d+ unchanged\\) in \\d+ ms"), lines.get(0));
        assertTrue(lines.get(1).matches("  ar\\s+1 article\\s+1 topic\\s+0 tags\\s+0 pages\\s+\\(\\d+ HTML files\\)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("  en "), lines.get(2));
        List<String> stages = java.util.Arrays.stream(lines.get(4).replace("  stages: ", "").split(" · "))
                .map(s -> s.replaceAll(" \\d+ ms$", "")).toList();
        assertEquals(List.of("config", "theme", "static", "cache", "content", "model", "reuse", "links", "search", "render",
                "output", "save"), stages);
    }

    @Test
    void warningsArePrintedWithTheirFileAndCountedButTheBuildSucceeds() {
        TestSite site = minimalSite();
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
        List<String> warnings = run.err().lines().toList();
        assertFalse(warnings.isEmpty(), "topic without topics/<id>.md warns");
        assertTrue(warnings.stream().allMatch(l -> l.matches("content/(ar|en)/articles/first\\.md: warning: topic 'coalition-meetings' has no"
                + " content/(ar|en)/topics/coalition-meetings\\.md — .+")), run.err());
        assertTrue(run.out().contains("  " + warnings.size() + " warning"), run.out());
    }

    @Test
    void defaultOutputIsSiteInTheSourceDirectory() {
        TestSite site = minimalSite();
        assertEquals(0, site.build().exitCode());
        assertTrue(Files.exists(site.root().resolve("site/index.html")));
    }

    @Test
    void baseUrlOptionOverridesSiteYaml() {
        TestSite site = minimalSite();
        assertEquals(0, site.build("--base-url", "https://news.example.net/archive").exitCode());
        assertTrue(site.read("en/articles/first/index.html")
                .contains("<link rel=\"canonical\" href=\"https://news.example.net/archive/en/articles/first/\">"));
        assertTrue(site.read("en/articles/first/index.html").contains("href=\"/archive/en/\""));
    }

    @Test
    void badBaseUrlOptionIsAUsageErrorNamingTheOption() {
        TestSite site = minimalSite();
        TestSite.Run run = site.build("--base-url", "example.org/archive");
        assertEquals(2, run.exitCode(), run.all());
        assertEquals(List.of("warraq: Invalid value for option '--base-url': 'example.org/archive' is not an absolute http(s) URL"
                + " — write it like https://example.org/archive/", "Run 'warraq build --help' for usage."),
                run.err().lines().toList());
        assertFalse(Files.exists(site.output()), "nothing built");
        TestSite.Run check = TestSite.Cli.run("check", "--source", dir.toString(), "--base-url", "https://user:pw@example.org/");
        assertEquals(2, check.exitCode(), check.all());
        assertTrue(check.err().contains("has a user name or password"), check.err());
    }

    @Test
    void missingSiteYamlSaysWhereToRunWarraq() {
        TestSite.Run run = TestSite.Cli.run("build", "--source", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("site.yaml: error: no site.yaml in " + dir.toAbsolutePath().normalize()
                + " — run warraq in a site's directory or pass --source DIR"), run.err());
        assertFalse(run.all().contains("\tat "));
    }

    @Test
    void debugAddsTheStackTraceToAContentError() {
        TestSite site = minimalSite().write("content/ar/articles/bad.md", "---\ntitel: x\ndate: 2022-01-01\n---\n");
        TestSite.Run run = site.build("--debug");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("\tat org.warraq."), run.err());
    }

    @Test
    void unknownCommandIsUsageErrorTwo() {
        TestSite.Run run = TestSite.Cli.run("publish");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("publish"), run.err());
        assertEquals(2, TestSite.Cli.run("build", "--source").exitCode(), "option without its value");
    }
}
