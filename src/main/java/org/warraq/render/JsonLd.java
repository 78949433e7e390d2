package org.warraq.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.model.Article;

/** Structured data (schema.org as JSON-LD) for pages, serialized safely for a {@code <script>} element. */
final class JsonLd {
    private JsonLd() {
    }

    /** A NewsArticle whose fields are the article's front-matter values; {@code images}: absolute URLs, maybe none. */
    static String article(Article article, String url, String siteTitle, List<String> topicTitles, List<String> images) {
        Map<String, Object> ld = base("NewsArticle");
        ld.put("headline", article.title());
        ld.put("url", url);
        ld.put("mainEntityOfPage", url);
        ld.put("inLanguage", article.id().language());
        ld.put("datePublished", article.date().iso());
        ld.put("dateModified", article.updated() == null ? article.date().iso() : article.updated().iso());
        if (!images.isEmpty()) {
            ld.put("image", images);
        }
        if (article.author() != null) {
            ld.put("author", typed("Person", article.author()));
        }
        if (article.origin() != null && article.origin().name() != null) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("@type", "Organization");
            source.put("name", article.origin().name());
            source.put("url", article.origin().url());
            ld.put("sourceOrganization", source);
        }
        ld.put("publisher", typed("Organization", siteTitle));
        ld.put("description", article.summary());
        ld.put("keywords", article.tags().stream().map(t -> t.label()).toList());
        ld.put("about", topicTitles);
        return Json.write(ld);
    }

    /** A WebPage, CollectionPage or WebSite. */
    static String page(String type, String name, String url, String language, String description) {
        Map<String, Object> ld = base(type);
        ld.put("name", name);
        ld.put("url", url);
        ld.put("inLanguage", language);
        ld.put("description", description);
        return Json.write(ld);
    }

    /** {"@type": type, "name": name}, in that order (Map.of would iterate in a random order). */
    private static Map<String, Object> typed(String type, String name) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@type", type);
        object.put("name", name);
        return object;
    }

    private static Map<String, Object> base(String type) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", type);
        return ld;
    }
}
