package org.warraq.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
                    List.of("التحالف"), "ملخص", Boolean.FALSE, ContentDate.parse("2022-06-01")),
            new RenderedMarkdown("<p>نص " + "طويل ".repeat(20_000) + "</p>", List.of(new Heading(2, "قسم", "قسم")),
                    List.of(new LinkRef(0, "b.md#part", false, 7, 3), new LinkRef(1, "img.png", true, 9, 1)),
                    List.of("https://example.com/"), "نص"),
            2, 4);
    private static final ParsedPage TOPIC = new ParsedPage("content/en/topics/t.md", "en", ContentKind.TOPIC, "t",
            new FrontMatter.Topic("Topic", null), new RenderedMarkdown("", List.of(), List.of(), List.of(), ""), 1, 0);
    private static final ParsedPage PAGE = new ParsedPage("content/en/pages/about.md", "en", ContentKind.PAGE, "about",
            new FrontMatter.Page("About", null, "about-us"), new RenderedMarkdown("<p>x</p>", List.of(), List.of(), List.of(), "x"),
            1, 3);

    @Test
    void savedPagesComeBackEqualFieldForField() throws IOException {
        ParseCache cache = new ParseCache();
        cache.useKey("generator-1");
        cache.put(ARTICLE.path(), "h1", new PageParser.Result(ARTICLE, List.of(Problem.warning(ARTICLE.path(), 3, 5, "no summary"))));
        cache.put(TOPIC.path(), "h2", new PageParser.Result(TOPIC, List.of()));
        cache.put(PAGE.path(), "h3", new PageParser.Result(PAGE, List.of()));
        cache.put("content/ar/articles/broken.md", "h4",
                new PageParser.Result(null, List.of(Problem.error("content/ar/articles/broken.md", 1, 1, "bad front matter"))));
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
    }

    /** A cache file made under {@code key} holding one page. */
    private Path saved(String key, ParsedPage page) throws IOException {
        ParseCache cache = new ParseCache();
        cache.useKey(key);
        cache.put(page.path(), "h", new PageParser.Result(page, List.of()));
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
}
