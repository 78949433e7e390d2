package org.warraq.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A built site read back with jsoup: every HTML page by its path in the output, and what its
 * head says (lang, dir, canonical URL, hreflang alternates). Checks that hold for any site.
 */
public final class BuiltSite {
    private final String baseUrl;
    private final SortedMap<String, Page> pages;

    private BuiltSite(String baseUrl, SortedMap<String, Page> pages) {
        this.baseUrl = baseUrl;
        this.pages = pages;
    }

    /** Reads every {@code .html} file under {@code output}; {@code baseUrl} is the one the site was built with. */
    public static BuiltSite read(Path output, String baseUrl) {
        SortedMap<String, Page> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String path = output.relativize(file).toString().replace('\\', '/');
                pages.put(path, new Page(path, Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), baseUrl)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuiltSite(baseUrl, pages);
    }

    /** All pages, by output path ("ar/articles/x/index.html"). */
    public SortedMap<String, Page> pages() {
        return pages;
    }

    /** The page at an output path ("fa/index.html"). */
    public Page page(String path) {
        Page page = pages.get(path);
        assertNotNull(page, "no page " + path);
        return page;
    }

    /** The page an absolute URL of this site names, or null if the site has none there. */
    public Page pageAt(String url) {
        if (!url.startsWith(baseUrl)) {
            return null;
        }
        String path = java.net.URLDecoder.decode(url.substring(baseUrl.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        return pages.get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    /** Pages that are translations of something: all but the root chooser and the 404 pages. */
    public List<Page> contentPages() {
        return pages.values().stream().filter(p -> !p.path().equals("index.html") && !p.path().endsWith("404.html")).toList();
    }

    /**
     * Every content page names itself among its hreflang alternates, each alternate is a page of
     * the site in that language with the very same set of alternates (reciprocal), and the set has
     * an x-default that is one of its members.
     */
    public void assertHreflangReciprocal() {
        for (Page page : contentPages()) {
            Map<String, String> alternates = page.alternates();
            String where = page.path() + " " + alternates;
            assertEquals(page.canonical(), alternates.get(page.lang()), "names itself under its own language: " + where);
            String xDefault = alternates.get("x-default");
            assertNotNull(xDefault, "x-default: " + where);
            assertTrue(alternates.entrySet().stream().anyMatch(e -> !e.getKey().equals("x-default") && e.getValue().equals(xDefault)),
                    "x-default is one of the translations: " + where);
            for (var entry : alternates.entrySet()) {
                Page other = pageAt(entry.getValue());
                assertNotNull(other, "alternate is a page of the site: " + entry + " on " + page.path());
                if (!entry.getKey().equals("x-default")) {
                    assertEquals(entry.getKey(), other.lang(), "alternate " + entry.getValue() + " is in its hreflang's language");
                    assertEquals(alternates, other.alternates(), "reciprocal: " + other.path() + " back to " + page.path());
                }
            }
        }
    }

    /** One HTML page of the built site. */
    public record Page(String path, Document doc) {
        public String lang() {
            return doc.selectFirst("html").attr("lang");
        }

        public String dir() {
            return doc.selectFirst("html").attr("dir");
        }

        /** The canonical URL; empty if the page has none. */
        public String canonical() {
            Element link = doc.selectFirst("head link[rel=canonical]");
            return link == null ? "" : link.attr("href");
        }

        /** hreflang → href of the page's alternates, in document order. */
        public Map<String, String> alternates() {
            Map<String, String> alternates = new LinkedHashMap<>();
            for (Element link : doc.select("head link[rel=alternate][hreflang]")) {
                String previous = alternates.put(link.attr("hreflang"), link.attr("href"));
                assertEquals(null, previous, path + ": hreflang " + link.attr("hreflang") + " twice");
            }
            return alternates;
        }

        /** The text of the first JSON-LD script. */
        public String jsonLd() {
            Element script = doc.selectFirst("script[type=application/ld+json]");
            assertNotNull(script, path + " has no JSON-LD");
            return script.data();
        }
    }
}
