package org.warraq.render;

import java.util.List;

/**
 * The read-only records templates receive. They hold display-ready values (URLs with the base
 * path, dates as text in the language's digits), never domain objects, so a template cannot
 * reach into the model or change anything.
 */
public final class View {
    private View() {
    }

    /** A labelled link. */
    public record Link(String label, String href) {
    }

    /** A link to the same page in another language. */
    public record LanguageLink(String code, String name, String dir, String href, boolean current, boolean exact) {
    }

    /** hreflang alternate: a translation of the page. */
    public record Alternate(String hreflang, String href) {
    }

    /** What the layout needs on every page: document language, head metadata, navigation. */
    public record Page(String lang, String dir, String title, String description, String canonical,
            List<Alternate> alternates, String xDefault, String ogType, String ogLocale, List<String> images, String jsonLd,
            Chrome chrome, String bodyClass) {
    }

    /** Site-wide navigation and assets, per language. */
    public record Chrome(String siteTitle, String homeUrl, String topicsUrl, String searchUrl, String aboutUrl,
            String feedUrl, List<LanguageLink> languages, Asset css, Asset js, Asset searchJs, Asset analyzerJs,
            String rootUrl) {
    }

    /** A published static asset: URL and Subresource Integrity value. */
    public record Asset(String url, String integrity) {
    }

    /** A date as shown, with its ISO value for {@code <time datetime>}. */
    public record DateView(String iso, String text, String hijri) {
    }

    /** One article in a list. {@code marker} is set when it exists only in another language. */
    public record ArticleCard(String title, String url, DateView date, String summary, String lang, String dir,
            String marker, List<Link> topics) {
    }

    /** One topic in a list. */
    public record TopicCard(String title, String url, String description, String count) {
    }

    /** Previous/next article within a topic. */
    public record Neighbour(Link topic, Link previous, Link next) {
    }

    /** Pagination of a list; {@code pages} holds the first, the last and a window around the current page. */
    public record Pager(String label, String previous, String next, List<PagerLink> pages, int current) {
    }

    /** One entry of a pager: a page (current or not) or, with a null href, a gap ("…") between page numbers. */
    public record PagerLink(String label, String href, boolean current) {
    }

    /** An article page. */
    public record ArticlePage(Page page, String title, DateView date, DateView updated, String author, Link source,
            String readingTime, List<Link> topics, List<Link> tags, String html, List<LanguageLink> translations,
            List<ArticleCard> related, List<ArticleCard> backlinks, List<Neighbour> neighbours, String summary) {
    }

    /** A home page: latest articles and topics. */
    public record HomePage(Page page, String heading, List<ArticleCard> articles, String count, List<TopicCard> topics,
            Pager pager) {
    }

    /** A list of articles: a topic or tag page. */
    public record ListPage(Page page, String heading, String description, String introHtml, String count,
            List<ArticleCard> articles, Pager pager, List<Link> breadcrumbs) {
    }

    /** The list of all topics, or of all tags. */
    public record IndexPage(Page page, String heading, List<TopicCard> items) {
    }

    /** A standalone page (about …) or the 404 page. */
    public record TextPage(Page page, String heading, String html) {
    }

    /** The search page. */
    public record SearchPage(Page page, String heading, String manifest, String language, String digits) {
    }

    /** The root language chooser. */
    public record RootPage(String defaultLang, String defaultDir, String title, String canonical, String defaultUrl,
            List<LanguageLink> languages, List<Alternate> alternates, java.util.Map<String, String> homes, String css,
            String cssIntegrity) {
    }
}
