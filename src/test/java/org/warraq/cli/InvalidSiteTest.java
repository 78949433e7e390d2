package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.testing.TestSite;

/**
 * One tiny site per class of user error under {@code src/test/resources/sites/invalid/<case>/}:
 * each build must exit with 1 and print exactly the expected {@code path:line:col: error: …} lines.
 */
class InvalidSiteTest {
    @TempDir
    Path dir;

    /** A fixture and the error lines its build must print, in order. */
    record Case(String name, List<String> errors) {
        Case(String name, String error) {
            this(name, List.of(error));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unclosed-front-matter", "content/ar/articles/unclosed.md:1:1: error: front matter is not closed:"
                        + " no '---' line after the opening one — add a line '---' after the last key"),
                new Case("yaml-syntax-error", "content/ar/articles/unclosed-quote.md:2:8: error: YAML syntax error:"
                        + " quoted text is not closed — add the closing quote"),
                new Case("wrong-type-tags", "content/ar/articles/tags-mapping.md:4:1: error: 'tags[1]' has the wrong type:"
                        + " expected text — fix the value"),
                new Case("wrong-type-draft", "content/ar/articles/draft-maybe.md:4:1: error: 'draft' has the wrong type:"
                        + " expected true or false — fix the value"),
                new Case("unknown-key", "content/ar/articles/misspelt-key.md:4:1: error: unknown key 'sumary'"
                        + " — did you mean 'summary'?"),
                new Case("duplicate-key", "content/ar/articles/twice.md:4:1: error: duplicate key 'title' — keep only one"),
                new Case("invalid-date", "content/ar/articles/february-30.md:3:1: error: invalid date '2022-02-30'"
                        + " — write it as YYYY-MM-DD (2022-05-11) or with time and offset (2022-05-11T10:00:00+03:00)"),
                new Case("invalid-utf8", "content/ar/articles/latin1.md:5:7: error: invalid UTF-8 at byte offset 53"
                        + " (byte 0xE9) — save the file as UTF-8"),
                new Case("billion-laughs", "content/ar/articles/laughs.md:5:11: error: YAML aliases are not supported: '*a'"
                        + " would be read as the word 'a' — write the value itself"),
                new Case("too-deep-nesting", "content/ar/articles/deep.md:20:33: error: YAML nested more than 16 levels deep"
                        + " — flatten the structure"),
                new Case("missing-title", "content/ar/articles/untitled.md:4:1: error: missing required key 'title'"
                        + " — add title: \"…\" to the front matter"),
                new Case("empty-title", "content/ar/articles/blank.md:2:1: error: 'title' is empty — write the title after title:"),
                new Case("site-bad-locale", "site.yaml:13:5: error: locale 'en_US' is not a BCP 47 language tag"
                        + " — use one like ar, ar-EG, en-GB or fa-IR"),
                new Case("site-unknown-key", "site.yaml:4:1: error: unknown key 'languges' — did you mean 'languages'?"),
                new Case("site-invalid-utf8", "site.yaml:2:26: error: invalid UTF-8 at byte offset 93 (byte 0xE9)"
                        + " — save the file as UTF-8"),
                new Case("site-bad-value", "site.yaml:11:5: error: 'languages[2].direction' cannot be 'up'"
                        + " — use one of ltr, rtl"),
                new Case("output-path-case", "content/en/articles/the-annual-report.md:4:1: error: writes the same output path"
                        + " /en/articles/annual-report/ as content/en/articles/annual-report-2022.md"
                        + " — give one of them another slug or file name"),
                new Case("output-path-normalization", "content/en/articles/cafe-decomposed.md:4:1: error: writes the same"
                        + " output path /en/articles/caf\u00e9/ as content/en/articles/cafe-composed.md"
                        + " — give one of them another slug or file name"),
                new Case("several-files", List.of(
                        "content/ar/articles/misspelt.md:2:1: error: unknown key 'titel' — did you mean 'title'?",
                        "content/en/articles/bad-date.md:3:1: error: invalid date '11/05/2022' — write it as YYYY-MM-DD"
                                + " (2022-05-11) or with time and offset (2022-05-11T10:00:00+03:00)",
                        "content/en/pages/about.md:3:1: error: 'summary' has the wrong type: expected text — fix the value")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invalidSiteFailsWithExitCodeOneAndThePositionedMessage(Case c) {
        TestSite site = TestSite.fixture("invalid/" + c.name(), dir);
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        int n = c.errors().size();
        List<String> expected = Stream.concat(c.errors().stream(), Stream.of("Build failed: " + n
                + (n == 1 ? " error" : " errors") + ". The previous output, if any, is unchanged.")).toList();
        assertEquals(expected, run.err().lines().toList());
        assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());
        assertFalse(Files.exists(site.output()), "nothing written");
    }

    @Test
    void oneBuildReportsErrorsFromSeveralFilesNotOnlyTheFirst() {
        TestSite.Run run = TestSite.fixture("invalid/several-files", dir).build();
        assertEquals(1, run.exitCode());
        List<String> errorLines = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(3, errorLines.size(), run.err());
        assertEquals(List.of("content/ar/articles/misspelt.md", "content/en/articles/bad-date.md", "content/en/pages/about.md"),
                errorLines.stream().map(l -> l.substring(0, l.indexOf(':'))).toList());
    }

    @Test
    void everyInvalidFixtureHasACase() throws IOException {
        List<String> covered = cases().map(Case::name).sorted().toList();
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/sites/invalid"))) {
            assertEquals(dirs.map(p -> p.getFileName().toString()).sorted().toList(), covered);
        }
    }
}
