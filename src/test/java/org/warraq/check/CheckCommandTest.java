package org.warraq.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;
import org.warraq.testing.Trees;

/** {@code warraq check} through the CLI: the check-broken fixture, clean sites, JSON, base paths, content errors. */
class CheckCommandTest {
    @TempDir
    Path dir;

    /**
     * The check-broken fixture with the default theme, whose layout is patched so that the English
     * "other" article leaves out its hreflang="ar" alternate: Warraq's own templates always pair
     * translations, so a one-sided translation comes from a theme, as here.
     */
    private TestSite brokenSite() throws IOException {
        TestSite site = TestSite.fixture("check-broken", dir);
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        Path layout = dir.resolve("templates/layout.html");
        String text = Files.readString(layout, StandardCharsets.UTF_8);
        String each = "th:each=\"a : ${page.alternates}\"";
        assertTrue(text.contains(each), "the default layout changed: update this test's patch");
        Files.writeString(layout, text.replace(each, each
                + " th:unless=\"${a.hreflang == 'ar' and page.canonical.endsWith('/en/articles/other/')}\""), StandardCharsets.UTF_8);
        return site;
    }

    @Test
    void brokenFixtureReportsEveryDefectWithExactMessagesErrorsFirst() throws IOException {
        TestSite site = brokenSite();
        Path out = dir.resolve("out");
        TestSite.Run run = site.run("check", "--output", out.toString());
        assertEquals(1, run.exitCode(), run.all());
        int links = lineOf(out, "ar/articles/home-story/index.html", "/ar/old-page/");
        int image = lineOf(out, "ar/articles/home-story/index.html", "photo.jpg");
        int alternate = lineOf(out, "ar/articles/other/index.html", "hreflang=\"en\"");
        List<String> expected = List.of(
                "ar/articles/home-story/index.html:" + links + ": error: href '/ar/articles/other/#nothing' (made from "
                        + "content/ar/articles/home-story.md): ar/articles/other/index.html has no element with id 'nothing' — link"
                        + " to a heading that exists",
                "ar/articles/home-story/index.html:" + links + ": error: href '/ar/old-page/' (made from "
                        + "content/ar/articles/home-story.md) points to a page or file the build did not produce — fix the link or"
                        + " add the page",
                "ar/articles/other/index.html:" + alternate + ": error: one-sided translation: hreflang=\"en\" points to "
                        + "en/articles/other/index.html, which has no hreflang=\"ar\" link back — translations must link both ways",
                "content/ar/articles/home-story.md:7:10: error: link to 'gone.md': content/ar/articles/gone.md "
                        + "does not exist (or is a draft) — check the file name",
                "content/ar/articles/home-story.md:7:36: error: link to 'other.md#nope': no heading with id 'nope' in "
                        + "content/ar/articles/other.md — its heading ids are: background",
                "en/orphan/index.html: error: not reachable from the en home page (en/index.html) by following links "
                        + "(made from content/en/pages/orphan.md) — link to it from a page that is",
                "ar/articles/home-story/index.html:" + image + ": warning: image 'https://example.com/photo.jpg' has no alt text "
                        + "— describe it: ![description](…) in Markdown, alt=\"…\" in HTML",
                "content/ar/articles/other.md:1: warning: article has no summary — add summary: to its front matter "
                        + "(lists, feeds, search results and the meta description show it)",
                "content/en/articles/other.md:1: warning: article has no topic — add topics: [<id>] to its front matter "
                        + "so readers can find it by subject",
                "External links (not fetched; warraq check --external fetches them): 1",
                "  https://example.com/photo.jpg  (ar/articles/home-story/index.html:" + image + ")");
        List<String> lines = run.out().lines().toList();
        assertEquals(expected, lines.subList(0, lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).matches("Checked \\d+ pages: 6 errors, 3 warnings\\."), lines.get(lines.size() - 1));
        assertEquals("", run.err());
    }

    @Test
    void jsonFormatIsOneEscapedObjectWithCountsFindingsAndExternalLinks() throws IOException {
        TestSite site = brokenSite();
        TestSite.Run run = site.run("check", "--format", "json");
        assertEquals(1, run.exitCode(), run.all());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(6, json.get("errors").asInt());
        assertEquals(3, json.get("warnings").asInt());
        assertEquals(9, json.get("findings").size());
        JsonNode first = json.get("findings").get(0);
        assertEquals("error", first.get("severity").asText());
        assertEquals("ar/articles/home-story/index.html", first.get("path").asText());
        JsonNode oneSided = json.get("findings").get(2);
        assertTrue(oneSided.get("message").asText().startsWith("one-sided translation: hreflang=\"en\""), oneSided.toString());
        JsonNode linkError = json.get("findings").get(3);
        assertEquals(7, linkError.get("line").asInt());
        assertEquals(10, linkError.get("column").asInt());
        assertEquals("warning", json.get("findings").get(8).get("severity").asText());
        JsonNode external = json.get("external").get(0);
        assertEquals("https://example.com/photo.jpg", external.get("url").asText());
        assertFalse(external.get("checked").asBoolean());
        assertEquals(1, run.out().strip().lines().count(), "one line of JSON");
        TestSite.Run again = site.run("check", "--format", "json");
        assertEquals(run.out(), again.out(), "stable output");
    }

    @Test
    void cleanSiteExitsZero() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: اجتماعات\n---\n",
                "content/en/topics/coalition-meetings.md", "---\ntitle: Meetings\n---\n",
                "content/ar/articles/a.md", "---\ntitle: أ\ndate: 2022-01-01\ntopics: [coalition-meetings]\nsummary: م\n---\n"
                        + "[ب](b.md#الخلفية) ![صورة الاجتماع](https://example.com/p.jpg)\n",
                "content/ar/articles/b.md", "---\ntitle: ب\ndate: 2022-01-02\ntopics: [coalition-meetings]\nsummary: م\n---\n## الخلفية\n",
                "content/en/articles/a.md", "---\ntitle: A\ndate: 2022-01-01\ntopics: [coalition-meetings]\nsummary: s\n---\n"
                        + "[Arabic](../../ar/articles/b.md)\n");
        TestSite.Run run = site.run("check");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().endsWith("pages: 0 errors, 0 warnings.\n"), run.out());
        assertFalse(Files.exists(site.output()), "check builds elsewhere and leaves site/ alone");
    }

    @Test
    void rootRelativeLinkMissingTheBasePathIsAnError() throws IOException {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml().replace("https://example.org/", "https://example.org/archive/"),
                "content/ar/topics/coalition-meetings.md", "---\ntitle: اجتماعات\n---\n",
                "content/en/topics/coalition-meetings.md", "---\ntitle: Meetings\n---\n",
                "content/ar/articles/a.md", "---\ntitle: أ\ndate: 2022-01-01\ntopics: [coalition-meetings]\nsummary: م\n---\n"
                        + "[قديم](/ar/articles/a/) [جيد](/archive/ar/articles/a/) [مطلق](https://example.org/archive/ar/)\n");
        Path out = dir.resolve("out");
        TestSite.Run run = site.run("check", "--output", out.toString());
        assertEquals(1, run.exitCode(), run.all());
        int line = lineOf(out, "ar/articles/a/index.html", "href=\"/ar/articles/a/\"");
        assertEquals(List.of("ar/articles/a/index.html:" + line + ": error: href '/ar/articles/a/' (made from content/ar/articles/a.md)"
                + " is outside the base path /archive/ — links must start with /archive/"),
                run.out().lines().filter(l -> l.contains("error:")).toList());
    }

    @Test
    void contentErrorsAreFindingsToo() {
        TestSite site = TestSite.of(dir, "site.yaml", TestSite.siteYaml(),
                "content/ar/articles/bad.md", "---\ntitel: x\ndate: 2022-01-01\n---\n");
        TestSite.Run run = site.run("check");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("content/ar/articles/bad.md:2:1: error: unknown key 'titel' — did you mean 'title'?"), run.out());
        TestSite.Run json = site.run("check", "--format", "json");
        assertTrue(json.out().startsWith("{\"errors\":"), json.out());
        assertFalse(run.all().contains("\tat "), "no stack trace");
    }

    @Test
    void theRepositorysOwnSiteHasNoErrors() {
        TestSite.Run run = TestSite.Cli.run("check", "--source", ".", "--base-url", "https://example.org/archive/");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains(": 0 errors,"), run.out());
    }

    @Test
    void badFormatIsAUsageError() {
        TestSite.Run run = TestSite.Cli.run("check", "--format", "yaml");
        assertEquals(2, run.exitCode());
    }

    static int lineOf(Path out, String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }
}
