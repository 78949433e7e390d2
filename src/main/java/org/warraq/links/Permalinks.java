package org.warraq.links;

import org.warraq.config.BaseUrl;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.PageResource;
import org.warraq.model.Site;
import org.warraq.model.StandalonePage;

/**
 * Where every page lives, per the URL contract. "Site paths" are relative to the site root,
 * percent-encoded, and end with '/' for pages ({@code ar/articles/x/}); {@link #link} and
 * {@link #absolute} add the base URL.
 */
public final class Permalinks {
    private final Site site;
    private final BaseUrl baseUrl;

    public Permalinks(Site site) {
        this.site = site;
        this.baseUrl = site.config().baseUrl();
    }

    public BaseUrl baseUrl() {
        return baseUrl;
    }

    /** Site path of a page: article, topic or standalone page. */
    public String pathOf(PageId id) {
        return switch (id.kind()) {
            case ARTICLE -> article(site.article(id));
            case TOPIC -> topic(id.language(), id.name(), 1);
            case PAGE -> page(site.pages().get(id));
        };
    }

    /** Site path of a file published beside its page: the page's path and the file's path from the bundle's folder. */
    public String resource(PageResource resource) {
        return pathOf(resource.page()) + java.util.Arrays.stream(resource.relative().split("/")).map(UrlPaths::encode)
                .collect(java.util.stream.Collectors.joining("/"));
    }

    public String article(Article article) {
        return article.id().language() + "/articles/" + UrlPaths.encode(article.slug()) + "/";
    }

    public String page(StandalonePage page) {
        return page.id().language() + "/" + UrlPaths.encode(page.slug()) + "/";
    }

    public static String home(String language) {
        return language + "/";
    }

    public static String topicsIndex(String language) {
        return language + "/topics/";
    }

    /** A topic page; page 1 is the topic's own address, later pages are {@code page/<n>/}. */
    public static String topic(String language, String topicId, int pageNumber) {
        String first = language + "/topics/" + UrlPaths.encode(topicId) + "/";
        return pageNumber <= 1 ? first : first + "page/" + pageNumber + "/";
    }

    public static String tag(String language, String tagKey) {
        return language + "/tags/" + UrlPaths.encode(tagKey) + "/";
    }

    public static String tagsIndex(String language) {
        return language + "/tags/";
    }

    public static String search(String language) {
        return language + "/search/";
    }

    public static String feed(String language) {
        return language + "/feed.xml";
    }

    /** Root-relative link (with the base URL's path) for a site path. */
    public String link(String sitePath) {
        return baseUrl.link(sitePath);
    }

    /** Absolute URL for a site path. */
    public String absolute(String sitePath) {
        return baseUrl.absolute(sitePath);
    }

    /** The output file a site path is written to: "x/" → "x/index.html" (decoded, so Arabic names stay readable). */
    public static String outputFile(String sitePath) {
        String decoded = UrlPaths.decode(sitePath);
        return decoded.isEmpty() || decoded.endsWith("/") ? decoded + "index.html" : decoded;
    }
}
