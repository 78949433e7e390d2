package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warraq.problem.Problem;

class ParseCacheTest {
    @TempDir
    Path dir;

    private static final ParsedPage ARTICLE = new ParsedPage("content/ar/articles/a.md", "ar", ContentKind.ARTICLE, "a",
            new FrontMatter.Article("عنوان \"مقتبس\"", ContentDate.parse("2022-05-11T10:00:00+03:00"), "slug-a", "كاتب",
                    new FrontMatter.Source("وكالة", "https://example.org/a?x=1&y=2"), List.of("meetings", "iraq-syria"),
                    List.of("التحالف"), "ملخص", Boolean.FALSE, ContentDate.parse("2022-06-01"), List.of("/2010/old-story/"),
                    List.of("cover.jpg")),
            new RenderedMarkdown("<p>نص " + "طويل ".repeat(20_000) + "</p>", List.of(new Heading(2, "قسم", "قسم")),
                    List.of(new LinkRef(0, "b.md#part", false, 7, 3), new LinkRef(1, "img.png", true, 9, 1)),
                    List.of("https://example.com/"), "نص"),
            2, 4, List.of(new LinkRef(0, "cover.jpg", true, 8, 10)));
    private static final ParsedPage TOPIC = new ParsedPage("content/en/topics/t.md", "en", ContentKind.TOPIC, "t",
            new FrontMatter.Topic("Topic", null), new RenderedMarkdown("", List.of(), List.of(), List.of(), ""), 1, 0);
    private static final ParsedPage PAGE = new ParsedPage("content/en/pages/about.md", "en", ContentKind.PAGE, "about",
            new FrontMatter.Page("About", null, "about-us"), new RenderedMarkdown("<p>x</p>", List.of(), List.of(), List.of(), "x"),
            1, 3);

    @Test
    void savedPagesComeBackEqualFieldForField() throws IOException {
        ParseCache cache = new ParseCache();
        cache.useKey("generator-1");
        cache.put(ARTICLE.path(), "h1", new PageParser.Result(ARTICLE, List.of(Problem.warning(ARTICLE.path(), 3, 5, "no summary"))), null);
        cache.put(TOPIC.path(), "h2", new PageParser.Result(TOPIC, List.of()), STAMP);
        cache.put(PAGE.path(), "h3", new PageParser.Result(PAGE, List.of()), null);
        cache.put("content/ar/articles/broken.md", "h4",
                new PageParser.Result(null, List.of(Problem.error("content/ar/articles/broken.md", 1, 1, "bad front matter"))), null);
        Path file = dir.resolve("pages.bin");
        cache.save(file);

        ParseCache loaded = ParseCache.load(file);
        loaded.useKey("generator-1");
        assertEquals(4, loaded.size());
        assertEquals(new PageParser.Result(ARTICLE, List.of(Problem.warning(ARTICLE.path(), 3, 5, "no summary"))),
                loaded.get(ARTICLE.path(), "h1"));
        assertEquals(new PageParser.Result(TOPIC, List.of()), loaded.get(TOPIC.path(), "h2"));
        assertEquals(new PageParser.Result(PAGE, List.of()), loaded.get(PAGE.path(), "h3"));
        assertNull(loaded.get("content/ar/articles/broken.md", "h4").page());
        assertNull(loaded.get(ARTICLE.path(), "other-hash"), "a changed file is parsed again");
        assertEquals("h2", loaded.unchanged(TOPIC.path(), STAMP).hash(), "a file with its stamp is not read again");
        assertNull(loaded.unchanged(TOPIC.path(), new ParseCache.Stamp(12, 34, "(dev=1,ino=57)")), "another inode is read");
        assertNull(loaded.unchanged(PAGE.path(), null), "a file without a trusted stamp is read");
    }

    private static final ParseCache.Stamp STAMP = new ParseCache.Stamp(12, 34, "(dev=1,ino=56)");

    @Test
    void bodiesReadBackUndecodedGiveTheSameTextAndDigestFromTheFileAndFromTheJournal() throws IOException {
        ParseCache cache = new ParseCache();
        cache.useKey("generator-1");
        cache.put(ARTICLE.path(), "h1", new PageParser.Result(ARTICLE, List.of()), null);
        Path file = dir.resolve("pages.bin");
        cache.save(file);
        ParseCache loaded = ParseCache.load(file);
        loaded.useKey("generator-1");
        ParsedPage edited = new ParsedPage(PAGE.path(), "en", ContentKind.PAGE, "about", PAGE.frontMatter(),
                new RenderedMarkdown("<p>نص معدل</p>", List.of(), List.of(), List.of(), "نص معدل"), 1, 3);
        loaded.put(PAGE.path(), "h2", new PageParser.Result(edited, List.of()), null);
        loaded.save(file); // one record, appended to the journal
        assertTrue(Files.isRegularFile(ParseJournal.of(file)));

        ParseCache again = ParseCache.load(file);
        again.useKey("generator-1");
        for (ParsedPage page : List.of(ARTICLE, edited)) {
            RenderedMarkdown body = again.get(page.path(), page == ARTICLE ? "h1" : "h2").page().body();
            assertEquals(page.body().html(), body.html());
            assertEquals(page.body().plainText(), body.plainText());
            assertEquals(page.body().plainTextDigest(), body.plainTextDigest());
            assertEquals(ParseCache.hash(page.body().plainText().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    body.plainTextDigest());
        }
    }

    /** A cache file made under {@code key} holding one page. */
    private Path saved(String key, ParsedPage page) throws IOException {
        ParseCache cache = new ParseCache();
        cache.useKey(key);
        cache.put(page.path(), "h", new PageParser.Result(page, List.of()), null);
        Path file = dir.resolve("pages.bin");
        cache.save(file);
        return file;
    }

    @Test
    void aCacheMadeUnderAnotherKeyIsDropped() throws IOException {
        Path file = saved("generator-1", TOPIC);
        ParseCache loaded = ParseCache.load(file);
        loaded.useKey("generator-2");
        assertEquals(0, loaded.size());
    }

    @Test
    void aDamagedOrForeignFileGivesAnEmptyCache() throws IOException {
        Path file = saved("k", ARTICLE);
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(0, ParseCache.load(file).size(), "cut short");

        byte[] garbage = bytes.clone();
        java.util.Arrays.fill(garbage, 30, 60, (byte) 0x7F);
        Files.write(file, garbage);
        assertEquals(0, ParseCache.load(file).size(), "lengths overwritten");

        Files.write(file, new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3});
        assertEquals(0, ParseCache.load(file).size(), "Java serialization, the format before");
    }

    /** A cache of {@code count} small pages saved whole, under key "k". */
    private ParseCache savedWhole(Path file, int count) throws IOException {
        ParseCache cache = new ParseCache();
        cache.useKey("k");
        for (int i = 0; i < count; i++) {
            cache.put("content/en/pages/p" + i + ".md", "h" + i, new PageParser.Result(PAGE, List.of()), null);
        }
        cache.save(file);
        return cache;
    }

    @Test
    void aFewChangesAreAppendedToAJournalAndReadBackWithTheFile() throws IOException {
        Path file = dir.resolve("pages.bin");
        ParseCache cache = savedWhole(file, 50);
        byte[] whole = Files.readAllBytes(file);
        cache.put(TOPIC.path(), "t1", new PageParser.Result(TOPIC, List.of()), null);
        cache.put("content/en/pages/p3.md", "h3-edited", new PageParser.Result(PAGE, List.of()), null);
        java.util.Set<String> kept = new java.util.HashSet<>(java.util.Set.of(TOPIC.path()));
        for (int i = 2; i < 50; i++) {
            kept.add("content/en/pages/p" + i + ".md");
        }
        cache.retain(kept); // p0 and p1 deleted
        cache.save(file);

        assertArrayEquals(whole, Files.readAllBytes(file), "the whole file is not written again");
        assertTrue(Files.size(ParseJournal.of(file)) > 0);
        ParseCache loaded = ParseCache.load(file);
        loaded.useKey("k");
        assertEquals(49, loaded.size());
        assertNull(loaded.get("content/en/pages/p0.md", "h0"));
        assertEquals(new PageParser.Result(TOPIC, List.of()), loaded.get(TOPIC.path(), "t1"));
        assertNull(loaded.get("content/en/pages/p3.md", "h3"), "the edited version replaced it");
        assertEquals(new PageParser.Result(PAGE, List.of()), loaded.get("content/en/pages/p3.md", "h3-edited"));
        assertEquals(new PageParser.Result(PAGE, List.of()), loaded.get("content/en/pages/p4.md", "h4"));
    }

    @Test
    void aJournalCutShortKeepsTheRecordsBeforeTheCut() throws IOException {
        Path file = dir.resolve("pages.bin");
        ParseCache cache = savedWhole(file, 50);
        cache.put(TOPIC.path(), "t1", new PageParser.Result(TOPIC, List.of()), null);
        cache.save(file);
        long first = Files.size(ParseJournal.of(file));
        cache.put("content/en/pages/p1.md", "h1-edited", new PageParser.Result(PAGE, List.of()), null);
        cache.save(file);
        byte[] journal = Files.readAllBytes(ParseJournal.of(file));
        Files.write(ParseJournal.of(file), java.util.Arrays.copyOf(journal, journal.length - 3));

        ParseCache loaded = ParseCache.load(file);
        loaded.useKey("k");
        assertEquals(51, loaded.size());
        assertEquals(new PageParser.Result(TOPIC, List.of()), loaded.get(TOPIC.path(), "t1"), "the whole first record stands");
        assertEquals(new PageParser.Result(PAGE, List.of()), loaded.get("content/en/pages/p1.md", "h1"), "the cut one is ignored");
        assertTrue(first < journal.length);
    }

    @Test
    void aJournalGrownTooLargeNextToTheFileIsFoldedIntoIt() throws IOException {
        Path file = dir.resolve("pages.bin");
        ParseCache cache = savedWhole(file, 4);
        cache.put(ARTICLE.path(), "a1", new PageParser.Result(ARTICLE, List.of()), null);
        cache.save(file);
        assertFalse(Files.exists(ParseJournal.of(file)), "a large change: the whole file, no journal");
        ParseCache loaded = ParseCache.load(file);
        loaded.useKey("k");
        assertEquals(5, loaded.size());
        assertEquals(new PageParser.Result(ARTICLE, List.of()), loaded.get(ARTICLE.path(), "a1"));
    }

    @Test
    void aJournalOfAnotherKeyIsIgnored() throws IOException {
        Path file = dir.resolve("pages.bin");
        ParseCache cache = savedWhole(file, 50);
        cache.put(TOPIC.path(), "t1", new PageParser.Result(TOPIC, List.of()), null);
        cache.save(file);
        byte[] journal = Files.readAllBytes(ParseJournal.of(file));
        ParseCache other = new ParseCache();
        other.useKey("k2");
        other.put(PAGE.path(), "x", new PageParser.Result(PAGE, List.of()), null);
        other.save(file);
        assertFalse(Files.exists(ParseJournal.of(file)), "writing the whole file drops the old journal");
        Files.write(ParseJournal.of(file), journal);
        ParseCache loaded = ParseCache.load(file);
        loaded.useKey("k2");
        assertEquals(1, loaded.size());
    }
}
