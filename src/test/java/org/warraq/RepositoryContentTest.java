package org.warraq;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warraq.testing.SeedChrome;
import org.warraq.testing.TestSite;

/**
 * The repository's own site: each finished Arabic article keeps every paragraph of the raw seed it
 * was made from (src/test/resources/seeds), none of the web page's chrome, and the site builds
 * all its article and topic pages. Independent of the importer on purpose: it checks the content.
 */
class RepositoryContentTest {
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path ARTICLES = Path.of("content/ar/articles");

    /** Seed file → article name. */
    private static final Map<String, String> ARTICLE_OF_SEED = Map.of(
            "000_9271a1f67ac21805.txt", "coalition-renews-africa-efforts",
            "001_9adc9e8bec470001.txt", "isis-expands-west-africa",
            "002_3ceb2da326400ac5.txt", "marrakech-ministerial-meeting",
            "003_307c68dd2595c91a.txt", "coalition-shifts-to-africa",
            "004_d1c2576116f007e2.txt", "defeating-isis-after-syria-iraq");

    /** Seed file → its byline lines (author, outlet), which live in front matter, not in the body. */
    private static final Map<String, List<String>> BYLINES_OF_SEED = Map.of(
            "000_9271a1f67ac21805.txt", List.of("جاسم محمد"),
            "001_9adc9e8bec470001.txt", List.of("أخبار ليبيا24"),
            "002_3ceb2da326400ac5.txt", List.of("أشرف كمال – الخليج أونلاين"),
            "003_307c68dd2595c91a.txt", List.of("دبي -الزبير الأنصاري"),
            "004_d1c2576116f007e2.txt", List.of());

    private static final List<String> CHROME_PHRASES = SeedChrome.PHRASES;
    private static final List<String> CATEGORY_LABELS = SeedChrome.CATEGORY_LABELS;

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}\\u200B-\\u200F\\uFEFF]+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HEADING_MARKER = Pattern.compile("(?m)^#{1,6}[ \\t]+");
    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"(.*)\"$");

    static Stream<String> seeds() {
        return ARTICLE_OF_SEED.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyParagraphOfTheSeedIsInTheArticle(String seed) throws IOException {
        List<String> lines = articleLines(read(SEEDS.resolve(seed)));
        String title = lines.get(0);
        List<String> paragraphs = new ArrayList<>(lines.subList(1, lines.size()));
        for (String byline : BYLINES_OF_SEED.get(seed)) {
            assertTrue(paragraphs.remove(normalized(byline)), seed + " has no byline line '" + byline + "'");
        }
        assertTrue(paragraphs.size() >= 10, seed + ": only " + paragraphs.size() + " paragraphs found");
        String article = read(ARTICLES.resolve(ARTICLE_OF_SEED.get(seed) + ".md"));
        Matcher titleLine = TITLE.matcher(frontMatter(article));
        assertTrue(titleLine.find(), "no title in " + ARTICLE_OF_SEED.get(seed));
        String body = normalized(HEADING_MARKER.matcher(LINK.matcher(body(article)).replaceAll("$1")).replaceAll(""));
        assertAll(Stream.concat(
                Stream.of(() -> assertEquals(title, normalized(titleLine.group(1)), "title of " + seed)),
                paragraphs.stream().map(p -> () -> assertTrue(body.contains(p),
                        ARTICLE_OF_SEED.get(seed) + ".md lacks this paragraph of " + seed + ":\n" + p))));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noChromeInTheArticle(String seed) throws IOException {
        String article = read(ARTICLES.resolve(ARTICLE_OF_SEED.get(seed) + ".md"));
        for (String phrase : CHROME_PHRASES) {
            assertFalse(article.contains(phrase), ARTICLE_OF_SEED.get(seed) + ".md contains chrome: " + phrase);
        }
        for (String line : article.split("\n")) {
            assertFalse(CATEGORY_LABELS.contains(normalized(line)), ARTICLE_OF_SEED.get(seed) + ".md has a category label line: " + line);
        }
    }

    @Test
    void repositorySiteBuildsAllArticleAndTopicPages(@TempDir Path out) {
        TestSite.Run run = TestSite.Cli.run("build", "--source", ".", "--output", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        for (String lang : List.of("ar", "en")) {
            for (String article : ARTICLE_OF_SEED.values()) {
                assertTrue(Files.isRegularFile(out.resolve(lang + "/articles/" + article + "/index.html")),
                        lang + " article page " + article);
            }
            for (String topic : List.of("coalition-meetings", "africa-expansion", "iraq-syria")) {
                assertTrue(Files.isRegularFile(out.resolve(lang + "/topics/" + topic + "/index.html")), lang + " topic page " + topic);
            }
        }
    }

    /** The seed's article lines, whitespace-normalized: no chrome, no blank lines; the title first. */
    private static List<String> articleLines(String seed) {
        List<String> lines = new ArrayList<>();
        for (String raw : seed.split("\r?\n")) {
            String line = normalized(raw);
            if (!line.isEmpty() && !CATEGORY_LABELS.contains(line) && CHROME_PHRASES.stream().noneMatch(line::contains)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String frontMatter(String file) {
        return file.substring(0, file.indexOf("\n---", 3));
    }

    private static String body(String file) {
        return file.substring(file.indexOf("\n---", 3) + 4);
    }

    static String normalized(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
