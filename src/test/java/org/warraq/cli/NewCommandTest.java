package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.testing.TestSite;

/** {@code warraq new article}: a draft skeleton that builds, never overwriting anything. */
class NewCommandTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of(dir, "site.yaml", TestSite.siteYaml());
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void writesADraftDatedTodayThatBuildsOnlyWithDrafts() throws IOException {
        TestSite site = site();
        LocalDate before = LocalDate.now();
        TestSite.Run run = site.run("new", "article", "marrakech-meeting", "--lang", "ar");
        LocalDate after = LocalDate.now();
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("content/ar/articles/marrakech-meeting.md"), run.out());

        String text = read("content/ar/articles/marrakech-meeting.md");
        assertTrue(text.startsWith("---\n"), text);
        assertTrue(text.contains("\ndraft: true\n"), text);
        assertTrue(text.contains("\ndate: " + before + "\n") || text.contains("\ndate: " + after + "\n"), text);
        assertTrue(text.contains("\ntitle: "), text);

        assertEquals(0, site.build().exitCode());
        assertFalse(Files.exists(site.output().resolve("ar/articles/marrakech-meeting/index.html")), "a draft is not published");
        TestSite.Run drafts = site.build("--drafts");
        assertEquals(0, drafts.exitCode(), drafts.all());
        assertTrue(Files.exists(site.output().resolve("ar/articles/marrakech-meeting/index.html")), "the skeleton is valid");
    }

    @Test
    void aBundleIsAFolderWhosePicturesArePublishedBesideTheArticle() throws IOException {
        TestSite site = site();
        TestSite.Run run = site.run("new", "article", "rome-meeting", "--lang", "ar", "--bundle");
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("content/ar/articles/rome-meeting/index.md"), run.out());
        String text = read("content/ar/articles/rome-meeting/index.md");
        site.write("content/ar/articles/rome-meeting/index.md", text + "\n![القاعة](hall.png)\n")
                .write("content/ar/articles/rome-meeting/hall.png", "png");
        TestSite.Run drafts = site.build("--drafts");
        assertEquals(0, drafts.exitCode(), drafts.all());
        assertTrue(Files.exists(site.output().resolve("ar/articles/rome-meeting/hall.png")));
        TestSite.Run again = site.run("new", "article", "rome-meeting", "--lang", "ar");
        assertEquals(1, again.exitCode(), again.all());
        assertTrue(again.err().contains("content/ar/articles/rome-meeting/index.md: exists, the same article"), again.err());
    }

    @Test
    void refusesToOverwriteAnExistingArticle() throws IOException {
        TestSite site = site().write("content/en/articles/story.md", "my text");
        TestSite.Run run = site.run("new", "article", "story", "--lang", "en");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("content/en/articles/story.md: exists"), run.err());
        assertEquals("my text", read("content/en/articles/story.md"));
        assertFalse(run.all().contains("Exception"), run.all());
    }

    @Test
    void anUnknownLanguageOrNameIsAUsageError() {
        TestSite site = site();
        TestSite.Run lang = site.run("new", "article", "story", "--lang", "fr");
        assertEquals(2, lang.exitCode(), lang.all());
        assertTrue(lang.err().contains("unknown language 'fr' — site.yaml has ar, en"), lang.err());
        for (String name : new String[] {"../escape", "a/b", ".hidden", "x.md~"}) {
            TestSite.Run bad = site.run("new", "article", name, "--lang", "en");
            assertEquals(2, bad.exitCode(), name + ": " + bad.all());
        }
        TestSite.Run tooLong = site.run("new", "article", "ا".repeat(127), "--lang", "ar");
        assertEquals(2, tooLong.exitCode(), tooLong.all());
        assertTrue(tooLong.err().contains("article name is 257 bytes long with '.md', more than file systems allow (255) — shorten it"),
                tooLong.err());
        assertTrue(tooLong.err().contains("Run 'warraq new article --help' for usage."), "names the whole command: " + tooLong.err());
        assertEquals(2, site.run("new", "article", "story").exitCode(), "--lang is required");
        assertEquals(2, site.run("new").exitCode(), "say what to create");
        assertFalse(Files.exists(dir.resolve("content")), "nothing written");
        assertFalse(Files.exists(dir.resolve("escape.md")));
    }
}
