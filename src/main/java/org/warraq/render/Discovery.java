package org.warraq.render;

import java.util.List;
import org.warraq.config.Language;
import org.warraq.links.Permalinks;
import org.warraq.model.Article;
import org.warraq.model.PageId;

/** Feeds, sitemap and robots.txt: what crawlers and feed readers read. */
final class Discovery {
    private static final int FEED_ENTRIES = 20;
    private final RenderContext ctx;

    Discovery(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** The Atom feed of a language: its newest articles, full content as escaped HTML. */
    String atom(Language language, List<PageId> newestFirst) {
        String code = language.code();
        String self = ctx.permalinks.absolute(Permalinks.feed(code));
        String home = ctx.permalinks.absolute(Permalinks.home(code));
        String updated = newestFirst.isEmpty() ? "1970-01-01T00:00:00Z"
                : newestFirst.stream().map(ctx.site::article)
                        .map(a -> a.updated() != null && a.updated().compareTo(a.date()) > 0 ? a.updated() : a.date())
                        .max(Comparable::compareTo).orElseThrow().dateTime();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(code)).append("\">\n")
                .append("  <title>").append(Xml.escape(ctx.config.title(code))).append("</title>\n")
                .append("  <id>").append(Xml.escape(home)).append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(home)).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <generator>Warraq</generator>\n");
        for (PageId id : newestFirst.stream().limit(FEED_ENTRIES).toList()) {
            entry(xml, ctx.site.article(id));
        }
        return xml.append("</feed>\n").toString();
    }

    private void entry(StringBuilder xml, Article article) {
        String url = ctx.permalinks.absolute(ctx.permalinks.article(article));
        xml.append("  <entry>\n")
                .append("    <title>").append(Xml.escape(article.title())).append("</title>\n")
                .append("    <id>").append(Xml.escape(url)).append("</id>\n")
                .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n")
                .append("    <published>").append(article.date().dateTime()).append("</published>\n")
                .append("    <updated>").append((article.updated() == null ? article.date() : article.updated()).dateTime())
                .append("</updated>\n");
        if (article.author() != null) {
            xml.append("    <author><name>").append(Xml.escape(article.author())).append("</name></author>\n");
        }
        for (var tag : article.tags()) {
            xml.append("    <category term=\"").append(Xml.escape(tag.label())).append("\"/>\n");
        }
        if (article.summary() != null) {
            xml.append("    <summary>").append(Xml.escape(article.summary())).append("</summary>\n");
        }
        // The body's links and pictures are paths from the site's root: xml:base says from which
        // site, for readers that do not take it from the feed's own address.
        xml.append("    <content type=\"html\" xml:base=\"").append(Xml.escape(url)).append("\">")
                .append(Xml.escape(ctx.linked.html().get(article.id()))).append("</content>\n")
                .append("  </entry>\n");
    }

    /** sitemap.xml: every page, with {@code xhtml:link} alternates for its translations. */
    String sitemap(List<Route> routes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Route route : routes) {
            xml.append("  <url>\n    <loc>").append(Xml.escape(ctx.permalinks.absolute(route.sitePath()))).append("</loc>\n");
            if (route.alternates().size() > 1) {
                for (Language language : ctx.config.languages()) {
                    String path = route.alternates().get(language.code());
                    if (path != null) {
                        link(xml, language.code(), path);
                    }
                }
                if (route.xDefault() != null) {
                    link(xml, "x-default", route.xDefault());
                }
            }
            xml.append("  </url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private void link(StringBuilder xml, String hreflang, String path) {
        xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(Xml.escape(hreflang)).append("\" href=\"")
                .append(Xml.escape(ctx.permalinks.absolute(path))).append("\"/>\n");
    }

    /**
     * Cache rules in the {@code _headers} format of Netlify and Cloudflare Pages: fingerprinted
     * assets never change under their name, so they are cached for a year; HTML, feeds and the
     * search manifest keep their names across builds, so they are revalidated after five minutes.
     */
    String headers(org.warraq.theme.Assets assets) {
        String base = ctx.permalinks.baseUrl().path();
        StringBuilder out = new StringBuilder();
        for (var asset : assets.all()) {
            out.append(base).append(asset.published()).append("\n")
                    .append("  Cache-Control: public, max-age=31536000, immutable\n");
        }
        out.append(base).append("*\n")
                .append("  Cache-Control: public, max-age=300, must-revalidate\n")
                .append("  X-Content-Type-Options: nosniff\n");
        return out.toString();
    }

    String robots() {
        return "User-agent: *\nAllow: /\n\nSitemap: " + ctx.permalinks.absolute("sitemap.xml") + "\n";
    }
}
