package org.warraq.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** Bounds on what one YAML document may cost: aliases, nesting depth, size. */
class YamlGuardTest {
    private static String aliases(int n) {
        StringBuilder yaml = new StringBuilder("base: &x word\nlist:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  - *x\n");
        }
        return yaml.toString();
    }

    private static String nested(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return yaml.append("  ".repeat(depth)).append("leaf: 1\n").toString();
    }

    @Test
    void anAliasIsRefusedWhereItIs() {
        assertEquals(Optional.empty(), YamlGuard.check("base: &x word\nlist: [a, b]\n"), "an anchor alone does no harm");
        var violation = YamlGuard.check(aliases(2)).orElseThrow();
        assertEquals(3, violation.line());
        assertEquals(5, violation.column());
        assertEquals("YAML aliases are not supported: '*x' would be read as the word 'x' — write the value itself", violation.message());
    }

    @Test
    void billionLaughsIsRejectedWithoutExpandingIt() {
        StringBuilder yaml = new StringBuilder("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, previous)))
                    .append("]\n");
        }
        // Expanded, this is 9^9 (387 million) strings; the guard meets the first alias event instead.
        var violation = YamlGuard.check(yaml.toString()).orElseThrow();
        assertEquals(2, violation.line(), "the first alias");
    }

    @Test
    void nestingUpToTheLimitIsFineDeeperIsNot() {
        assertEquals(Optional.empty(), YamlGuard.check(nested(YamlGuard.MAX_DEPTH - 1)));
        var violation = YamlGuard.check(nested(YamlGuard.MAX_DEPTH)).orElseThrow();
        assertEquals("YAML nested more than 16 levels deep — flatten the structure", violation.message());
    }

    @Test
    void oversizedDocumentIsRejectedBeforeParsing() {
        String yaml = "summary: \"" + "x".repeat(YamlGuard.MAX_CHARS) + "\"\n";
        var violation = YamlGuard.check(yaml).orElseThrow();
        assertEquals("YAML document is " + yaml.length() + " characters long, more than the limit of 262144 — make it smaller",
                violation.message());
        assertEquals(1, violation.line());
    }

    @Test
    void oversizedFrontMatterFailsTheBuildWithItsFileAndLine(@TempDir Path dir) {
        String summary = "x".repeat(YamlGuard.MAX_CHARS);
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/ar/articles/huge.md",
                "---\ntitle: \"كبير\"\ndate: 2022-05-11\nsummary: \"" + summary + "\"\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        int length = ("title: \"كبير\"\ndate: 2022-05-11\nsummary: \"" + summary + "\"").length(); // without the last line end
        assertEquals(List.of("content/ar/articles/huge.md:2:1: error: YAML document is " + length
                + " characters long, more than the limit of 262144 — make it smaller",
                "Build failed: 1 error. The previous output, if any, is unchanged."), run.err().lines().toList());
    }

    @Test
    void anAliasFailsTheBuildWhereTheFrontMatterWouldMapToTheAnchorsName(@TempDir Path dir) {
        // The mapper reads an alias as its anchor's name: the summary would be the word "t".
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/ar/articles/aliases.md",
                "---\ntitle: &t \"وسوم\"\ndate: 2022-05-11\nsummary: *t\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("content/ar/articles/aliases.md:4:10: error: YAML aliases are not supported: '*t' would be read as the word 't'"
                + " — write the value itself", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void anAsteriskInTextIsNotAnAlias(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/ar/articles/star.md",
                "---\ntitle: \"نجمة * في العنوان\"\ndate: 2022-05-11\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.all());
    }

    @Test
    void aControlCharacterIsReportedWhereItIsEvenPastTheReadersFirstBuffer() {
        String yaml = "title: x\n".repeat(300) + "key: \"نص \u001b[31m\"\n";
        var violation = YamlGuard.check(yaml).orElseThrow();
        assertEquals(301, violation.line());
        assertEquals(10, violation.column());
        assertEquals("control character U+001B is not allowed in YAML — remove it (in a double-quoted value, write it as \"\\u001B\")",
                violation.message());
    }

    @Test
    void aControlCharacterInFrontMatterOrSiteYamlFailsTheBuildWithItsPlaceNotAnInternalError(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(), "content/ar/articles/bell.md",
                "---\ntitle: \"جرس \u0007\"\ndate: 2022-05-11\n---\nنص.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.all());
        assertEquals("content/ar/articles/bell.md:2:13: error: control character U+0007 is not allowed in YAML — remove it"
                + " (in a double-quoted value, write it as \"\\u0007\")", run.err().lines().findFirst().orElseThrow());

        TestSite broken = TestSite.of(dir.resolve("second"), "site.yaml", TestSite.siteYaml() + "\u0000",
                "content/ar/articles/fine.md", "---\ntitle: \"سليم\"\ndate: 2022-05-11\n---\nنص.\n");
        TestSite.Run second = broken.build();
        assertEquals(1, second.exitCode(), second.all());
        assertTrue(second.err().lines().findFirst().orElseThrow().matches(
                "site\\.yaml:\\d+:1: error: control character U\\+0000 is not allowed in YAML.*"), second.all());
    }
}
