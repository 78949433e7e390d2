package org.warraq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Element;
import org.warraq.testing.BuiltSite;
import org.warraq.testing.RepositorySite;

/**
 * The repository's own site, built under a base URL with a path ({@link RepositorySite}) and read
 * back with jsoup: language and direction on every page, reciprocal hreflang, canonical URLs
 * under the base path, and structured data that says what the front matter says.
 */
class RepositorySiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> LANGUAGES = List.of("ar", "en");

    static String base;
    static BuiltSite built;

    @BeforeAll
    static void build() {
        RepositorySite site = RepositorySite.get();
        base = site.url("");
        assertTrue(base.endsWith(RepositorySite.PREFIX), base);
        built = BuiltSite.read(site.output(), base);
    }

    @Test
    void everyPageHasTheLangAndDirOfItsLanguage() {
        assertTrue(built.pages().size() > 40, "pages: " + built.pages().size());
        for (BuiltSite.Page page : built.pages().values()) {
            String lang = page.path().contains("/") ? page.path().substring(0, page.path().indexOf('/')) : "ar";
            assertEquals(lang, page.lang(), page.path());
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", page.dir(), page.path());
        }
    }

    @Test
    void hreflangAlternatesAreReciprocalWithAnXDefault() {
        built.assertHreflangReciprocal();
        for (String name : articleNames("ar")) {
            assertEquals(List.of("ar", "en", "x-default"),
                    List.copyOf(built.page("ar/articles/" + name + "/index.html").alternates().keySet()), name);
        }
    }

    @Test
    void canonicalUrlsAreAbsoluteUnderTheBasePathAndNameThePageItself() {
        for (BuiltSite.Page page : built.pages().values()) {
            String expected = base + (page.path().endsWith("index.html")
                    ? page.path().substring(0, page.path().length() - "index.html".length()) : page.path());
            // Non-ASCII segments (Arabic tags) are percent-encoded in URLs; the file name is not.
            assertTrue(page.canonical().chars().allMatch(c -> c > ' ' && c < 127), page.canonical());
            assertEquals(expected, decoded(page.canonical()), page.path());
            Element ogUrl = page.doc().selectFirst("meta[property=og:url]");
            if (ogUrl != null) {
                assertEquals(page.canonical(), ogUrl.attr("content"), page.path());
            }
        }
    }

    @Test
    void everyLinkAndAssetOnEveryPageStaysUnderTheBasePath() {
        String path = RepositorySite.PREFIX;
        for (BuiltSite.Page page : built.pages().values()) {
            for (Element element : page.doc().select("a[href], link[href], script[src], img[src], form[action]")) {
                String url = element.hasAttr("href") ? element.attr("href")
                        : element.hasAttr("src") ? element.attr("src") : element.attr("action");
                if (url.startsWith("#") || url.matches("[a-z]+:.*") && !url.startsWith(base)) {
                    continue; // in-page anchors; other sites (sources, mailto:)
                }
                assertTrue(url.startsWith(path) || url.startsWith(base), page.path() + ": " + element);
            }
        }
    }

    @Test
    void everyJsonLdBlockParsesAndNamesItsPageAndLanguage() throws IOException {
        for (BuiltSite.Page page : built.contentPages()) {
            JsonNode ld = JSON.readTree(page.jsonLd());
            assertEquals("https://schema.org", ld.path("@context").asText(), page.path());
            assertEquals(page.canonical(), ld.path("url").asText(), page.path());
            assertEquals(page.lang(), ld.path("inLanguage").asText(), page.path());
        }
    }

    @Test
    void eachArticlesJsonLdParsesBackToItsFrontMatter() throws IOException {
        int checked = 0;
        for (String lang : LANGUAGES) {
            String siteTitle = YAML.readTree(Path.of("site.yaml").toFile()).path("title").path(lang).asText();
            for (String name : articleNames(lang)) {
                JsonNode fm = frontMatter(Path.of("content", lang, "articles", name + ".md"));
                String slug = fm.path("slug").asText(name);
                BuiltSite.Page page = built.page(lang + "/articles/" + slug + "/index.html");
                JsonNode ld = JSON.readTree(page.jsonLd());
                String where = lang + "/" + name;
                assertEquals("NewsArticle", ld.path("@type").asText(), where);
                assertEquals(fm.path("title").asText(), ld.path("headline").asText(), where);
                assertEquals(fm.path("date").asText(), ld.path("datePublished").asText(), where);
                assertEquals(fm.path("updated").asText(fm.path("date").asText()), ld.path("dateModified").asText(), where);
                assertEquals(lang, ld.path("inLanguage").asText(), where);
                assertEquals(base + lang + "/articles/" + slug + "/", ld.path("url").asText(), where);
                assertEquals(fm.path("summary").asText(null), ld.path("description").asText(null), where);
                assertEquals(siteTitle, ld.path("publisher").path("name").asText(), where);
                if (fm.has("author")) {
                    assertEquals("Person", ld.path("author").path("@type").asText(), where);
                    assertEquals(fm.path("author").asText(), ld.path("author").path("name").asText(), where);
                } else {
                    assertFalse(ld.has("author"), where);
                }
                if (fm.path("source").has("name")) {
                    assertEquals(fm.path("source").path("name").asText(), ld.path("sourceOrganization").path("name").asText(), where);
                }
                assertEquals(texts(fm.path("tags")), texts(ld.path("keywords")), where);
                List<String> topicTitles = new ArrayList<>();
                for (String topic : texts(fm.path("topics"))) {
                    topicTitles.add(frontMatter(Path.of("content", lang, "topics", topic + ".md")).path("title").asText());
                }
                assertEquals(topicTitles, texts(ld.path("about")), where);
                assertEquals(fm.path("title").asText(), page.doc().selectFirst("h1").text(), where);
                checked++;
            }
        }
        assertEquals(10, checked, "five articles in each language");
    }

    @Test
    void jsonLdScriptCannotBeClosedByItsContent() {
        for (BuiltSite.Page page : built.pages().values()) {
            for (Element script : page.doc().select("script[type=application/ld+json]")) {
                assertFalse(script.data().contains("<"), page.path() + ": '<' must be escaped in JSON-LD");
            }
        }
    }

    /** Names of the published articles of a language, sorted. */
    private static Set<String> articleNames(String lang) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("content", lang, "articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                if (!frontMatter(file).path("draft").asBoolean(false)) {
                    String fileName = file.getFileName().toString();
                    names.add(fileName.substring(0, fileName.length() - 3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(names.isEmpty(), "articles in " + lang);
        return names;
    }

    /** The front matter of a content file, read with Jackson YAML on its own (not through Warraq). */
    private static JsonNode frontMatter(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertTrue(text.startsWith("---\n"), file.toString());
            int end = text.indexOf("\n---\n", 3);
            JsonNode node = YAML.readTree(text.substring(4, end + 1));
            assertNotNull(node, file.toString());
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decoded(String url) {
        return java.net.URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
