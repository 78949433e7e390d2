package org.warraq.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.config.Language;
import org.warraq.content.UrlSafety;
import org.warraq.i18n.Localizer;
import org.warraq.links.Permalinks;
import org.warraq.links.TopicNeighbours;
import org.warraq.model.Article;
import org.warraq.model.PageId;

/** Renders article pages: byline, source, dates, reading time, topics, tags, translations, related. */
final class ArticlePages {
    private final RenderContext ctx;

    ArticlePages(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** The route of an article: its address and those of its translations. */
    Route route(Article article) {
        Map<String, String> alternates = new LinkedHashMap<>();
        ctx.site.translations(article.id()).forEach((code, id) -> alternates.put(code, ctx.permalinks.pathOf(id)));
        return new Route(article.id().language(), ctx.permalinks.article(article), alternates,
                xDefault(alternates));
    }

    String xDefault(Map<String, String> alternates) {
        String preferred = alternates.get(ctx.config.defaultLanguage());
        return preferred != null ? preferred : alternates.values().iterator().next();
    }

    PageView render(Article article) {
        return render(article, route(article));
    }

    /** The page of {@code article} at {@code route}, its {@link #route}. */
    PageView render(Article article, Route route) {
        Language language = ctx.config.language(article.id().language()).orElseThrow();
        Localizer t = ctx.t(language.code());
        List<String> topicTitles = new ArrayList<>();
        List<View.Link> topics = new ArrayList<>();
        for (String topicId : article.topics()) {
            String title = ctx.site.topic(language.code(), topicId).map(tp -> tp.title()).orElse(topicId);
            topicTitles.add(title);
            topics.add(new View.Link(title, ctx.permalinks.link(Permalinks.topic(language.code(), topicId, 1))));
        }
        List<View.Link> tags = article.tags().stream()
                .map(tag -> new View.Link(tag.label(), ctx.permalinks.link(Permalinks.tag(language.code(), tag.key()))))
                .toList();
        String url = ctx.permalinks.absolute(route.sitePath());
        List<String> images = ctx.linked.imageUrls(article.id());
        String jsonLd = JsonLd.article(article, url, ctx.config.title(language.code()), topicTitles, images);
        View.Page page = ctx.page(route, article.title(), article.summary(), "article", jsonLd, "article", images);
        List<View.LanguageLink> translations = page.chrome().languages().stream()
                .filter(l -> !l.current() && l.exact()).toList();
        int minutes = Math.max(1, (int) Math.ceil(article.wordCount() / (double) language.wordsPerMinute()));
        View.Link source = article.origin() == null || article.origin().name() == null ? null
                : new View.Link(article.origin().name(), safeExternal(article.origin().url()));
        View.ArticlePage view = new View.ArticlePage(page, article.title(), ctx.date(language, article.date()),
                ctx.date(language, article.updated()), article.author(), source, t.plural("article.readingTime", minutes),
                topics, tags, ctx.body(article.id(), language), translations,
                cards(ctx.linked.related().get(article.id()), language),
                cards(ctx.linked.backlinks().get(article.id()), language),
                neighbours(ctx.linked.neighbours().get(article.id()), language), standfirst(article));
        return new PageView(route, "article", language, view);
    }

    /**
     * The summary shown under the headline, unless the body opens with it (a summary taken from
     * above Hugo's {@code <!--more-->}, or copied from the first paragraph): the reader would read it twice.
     */
    static String standfirst(Article article) {
        String summary = article.summary();
        if (summary == null) {
            return null;
        }
        // The text's start is enough unless white space between its words runs long; decoding every
        // article's whole text for this cost a cold 10k build 17,000 decodes.
        String start = article.body().plainTextStart(2 * summary.length() + 64);
        Boolean opens = opensWith(start, summary);
        if (opens == null) {
            opens = opensWith(article.body().plainText(), summary);
        }
        return Boolean.TRUE.equals(opens) ? null : summary;
    }

    /**
     * Whether {@code text} starts with {@code prefix}, any run of white space in either matching any
     * other; null when {@code text} ends first, matching so far.
     */
    static Boolean opensWith(String text, String prefix) {
        int t = skipSpace(text, 0);
        int p = skipSpace(prefix, 0);
        while (p < prefix.length()) {
            if (t >= text.length()) {
                return null;
            }
            char a = text.charAt(t);
            char b = prefix.charAt(p);
            if (Character.isWhitespace(a) && Character.isWhitespace(b)) {
                t = skipSpace(text, t);
                p = skipSpace(prefix, p);
            } else if (a == b) {
                t++;
                p++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private List<View.ArticleCard> cards(List<PageId> ids, Language language) {
        return ids == null ? List.of() : ids.stream().map(id -> ctx.card(ctx.site.article(id), language)).toList();
    }

    private List<View.Neighbour> neighbours(List<TopicNeighbours> list, Language language) {
        if (list == null) {
            return List.of();
        }
        return list.stream().filter(n -> n.previous() != null || n.next() != null).map(n -> {
            String title = ctx.site.topic(language.code(), n.topicId()).map(tp -> tp.title()).orElse(n.topicId());
            return new View.Neighbour(new View.Link(title, ctx.permalinks.link(Permalinks.topic(language.code(), n.topicId(), 1))),
                    link(n.previous()), link(n.next()));
        }).toList();
    }

    private View.Link link(PageId id) {
        if (id == null) {
            return null;
        }
        Article article = ctx.site.article(id);
        return new View.Link(article.title(), ctx.permalinks.link(ctx.permalinks.article(article)));
    }

    /** Only http(s) URLs from front matter become links; anything else is shown as text. */
    static String safeExternal(String url) {
        if (url == null) {
            return null;
        }
        return UrlSafety.isWebAddress(url) ? url.strip() : null;
    }
}
