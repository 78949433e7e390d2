package org.warraq.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.warraq.config.Language;
import org.warraq.i18n.Localizer;
import org.warraq.links.Permalinks;
import org.warraq.model.Article;
import org.warraq.model.Edition;
import org.warraq.model.Tag;
import org.warraq.model.Topic;
import org.warraq.parallel.Parallel;

/** Renders the lists of a language: home (paginated), topics index, topic pages, tags index, tag pages. */
final class ListPages {
    private final RenderContext ctx;
    /** Only the list pages showing one of these articles (null: all), for an edit that kept every list's order and size. */
    private final java.util.Set<org.warraq.model.PageId> showing;
    /** Keys list pages by their inputs, so an unchanged one needs no view; null: pages are keyed by their views. */
    private final InputKeys inputs;

    ListPages(RenderContext ctx, InputKeys inputs) {
        this.ctx = ctx;
        this.showing = null;
        this.inputs = inputs;
    }

    /**
     * Renders only the list pages that show one of {@code showing}: after an edit that changed
     * what those articles' cards say but not the order or length of any list (same dates, topics
     * and tags), no other list page can differ, and the indexes of topics and tags (counts) neither.
     */
    ListPages(RenderContext ctx, java.util.Set<org.warraq.model.PageId> showing) {
        this.ctx = ctx;
        this.showing = java.util.Set.copyOf(showing);
        this.inputs = null;
    }

    private boolean wanted(java.util.function.Predicate<Article> lists) {
        return showing == null || showing.stream().map(ctx.site::article).anyMatch(lists);
    }

    List<PendingPage> render(Edition edition) {
        Language language = edition.language();
        if (!wanted(a -> ctx.shownIn(a, language.code()))) {
            return List.of(); // none of the articles asked for is in this language's lists
        }
        // One task per list, run on all cores (a 10,000-article edition has thousands of list
        // pages); the pages come back in task order, so the result does not depend on scheduling.
        List<java.util.function.Supplier<List<PendingPage>>> lists = new ArrayList<>();
        lists.add(() -> home(edition, language));
        if (showing == null) {
            lists.add(() -> List.of(PendingPage.of(topicsIndex(edition, language))));
        }
        for (Topic topic : edition.topics()) {
            if (wanted(a -> a.topics().contains(topic.topicId()))) {
                lists.add(() -> topic(edition, language, topic));
            }
        }
        // A language without tags has no tags index: nothing would link to it.
        if (!edition.tags().isEmpty() && showing == null) {
            lists.add(() -> List.of(PendingPage.of(tagsIndex(edition, language))));
        }
        for (Tag tag : edition.tags()) {
            if (wanted(a -> a.id().language().equals(language.code())
                    && a.tags().stream().anyMatch(t -> t.key().equals(tag.key())))) {
                lists.add(() -> tag(edition, language, tag));
            }
        }
        return Parallel.map(lists, java.util.function.Supplier::get).stream().flatMap(List::stream).toList();
    }

    /** Alternates of a page every language has (home, topics index): one per language. */
    private Map<String, String> everyLanguage(java.util.function.Function<String, String> path) {
        Map<String, String> alternates = new LinkedHashMap<>();
        ctx.config.languages().forEach(l -> alternates.put(l.code(), path.apply(l.code())));
        return alternates;
    }

    private Route route(String language, String sitePath, Map<String, String> alternates) {
        String x = alternates.getOrDefault(ctx.config.defaultLanguage(), alternates.values().iterator().next());
        return new Route(language, sitePath, alternates, x);
    }

    private List<PendingPage> home(Edition edition, Language language) {
        Localizer t = ctx.t(language.code());
        List<Article> articles = ctx.listed(language, "home", edition.articles(), a -> true);
        IntFunction<String> pagePath = n -> n <= 1 ? Permalinks.home(language.code()) : language.code() + "/page/" + n + "/";
        IntFunction<Route> routes = n -> n == 1
                ? route(language.code(), pagePath.apply(1), everyLanguage(Permalinks::home))
                : route(language.code(), pagePath.apply(n), Map.of(language.code(), pagePath.apply(n)));
        // The first page also shows the topics, with their counts (titles are the site's, in every key).
        IntFunction<List<String>> says = n -> n > 1 ? List.of() : topicCounts(edition, language);
        return paginate(articles, pagePath, language, "home", routes, says, (items, pager, n, route) -> {
            String jsonLd = JsonLd.page(n == 1 ? "WebSite" : "CollectionPage", ctx.config.title(language.code()),
                    ctx.permalinks.absolute(route.sitePath()), language.code(), null);
            View.Page page = ctx.page(route, n == 1 ? null : t.msg("home.latest") + " — " + pager.label(),
                    t.msg("home.description"), "website", jsonLd, "home");
            View.HomePage view = new View.HomePage(page, t.msg("home.latest"), items, t.plural("count.articles", articles.size()),
                    n == 1 ? topicCards(edition, language) : List.of(), pager); // counted only for the page that shows them
            return new PageView(route, "home", language, view);
        });
    }

    /** Each topic's id and how many articles its list shows, for the input key of the page showing the topic cards. */
    private List<String> topicCounts(Edition edition, Language language) {
        return edition.topics().stream().flatMap(topic -> java.util.stream.Stream.of(topic.topicId(),
                Integer.toString(count(edition, language, topic)))).toList();
    }

    private List<View.TopicCard> topicCards(Edition edition, Language language) {
        Localizer t = ctx.t(language.code());
        return edition.topics().stream().map(topic -> new View.TopicCard(topic.title(),
                ctx.permalinks.link(Permalinks.topic(language.code(), topic.topicId(), 1)), topic.description(),
                t.plural("count.articles", count(edition, language, topic)))).toList();
    }

    /** How many articles a topic's list shows in {@code language}. */
    private int count(Edition edition, Language language, Topic topic) {
        return ctx.listed(language, "topic " + topic.topicId(), edition.articlesByTopic().get(topic.topicId()),
                a -> a.topics().contains(topic.topicId())).size();
    }

    private PageView topicsIndex(Edition edition, Language language) {
        Localizer t = ctx.t(language.code());
        Route route = route(language.code(), Permalinks.topicsIndex(language.code()), everyLanguage(Permalinks::topicsIndex));
        String jsonLd = JsonLd.page("CollectionPage", t.msg("topics.heading"), ctx.permalinks.absolute(route.sitePath()),
                language.code(), null);
        View.Page page = ctx.page(route, t.msg("topics.heading"), t.msg("topics.description"), "website", jsonLd, "topics");
        View.IndexPage view = new View.IndexPage(page, t.msg("topics.heading"), topicCards(edition, language));
        return new PageView(route, "topics", language, view);
    }

    private List<PendingPage> topic(Edition edition, Language language, Topic topic) {
        Localizer t = ctx.t(language.code());
        List<Article> articles = ctx.listed(language, "topic " + topic.topicId(), edition.articlesByTopic().get(topic.topicId()),
                a -> a.topics().contains(topic.topicId()));
        Map<String, String> alternates = new LinkedHashMap<>();
        ctx.config.languages().forEach(l -> {
            if (ctx.site.topic(l.code(), topic.topicId()).isPresent()) {
                alternates.put(l.code(), Permalinks.topic(l.code(), topic.topicId(), 1));
            }
        });
        IntFunction<String> pagePath = n -> Permalinks.topic(language.code(), topic.topicId(), n);
        IntFunction<Route> routes = n -> n == 1 ? route(language.code(), pagePath.apply(1), alternates)
                : route(language.code(), pagePath.apply(n), Map.of(language.code(), pagePath.apply(n)));
        // The topic's title and description are the site's, in every key; its introduction is on the first page.
        IntFunction<List<String>> says = n -> n == 1 ? java.util.Collections.singletonList(ctx.linked.html().get(topic.id()))
                : List.of();
        String list = "topic " + topic.topicId();
        return paginate(articles, pagePath, language, list, routes, says, (items, pager, n, route) -> {
            String title = n == 1 ? topic.title() : topic.title() + " — " + pager.label();
            String jsonLd = JsonLd.page("CollectionPage", topic.title(), ctx.permalinks.absolute(route.sitePath()),
                    language.code(), topic.description());
            View.Page page = ctx.page(route, title, topic.description(), "website", jsonLd, "topic");
            View.ListPage view = new View.ListPage(page, topic.title(), topic.description(),
                    n == 1 ? ctx.body(topic.id(), language) : null, t.plural("count.articles", articles.size()), items, pager,
                    List.of(new View.Link(t.msg("nav.home"), ctx.permalinks.link(Permalinks.home(language.code()))),
                            new View.Link(t.msg("nav.topics"), ctx.permalinks.link(Permalinks.topicsIndex(language.code())))));
            return new PageView(route, "list", language, view);
        });
    }

    private PageView tagsIndex(Edition edition, Language language) {
        Localizer t = ctx.t(language.code());
        Map<String, String> alternates = new LinkedHashMap<>();
        ctx.config.languages().stream().filter(l -> !ctx.site.editions().get(l.code()).tags().isEmpty())
                .forEach(l -> alternates.put(l.code(), Permalinks.tagsIndex(l.code())));
        Route route = route(language.code(), Permalinks.tagsIndex(language.code()), alternates);
        String jsonLd = JsonLd.page("CollectionPage", t.msg("tags.heading"), ctx.permalinks.absolute(route.sitePath()),
                language.code(), null);
        View.Page page = ctx.page(route, t.msg("tags.heading"), null, "website", jsonLd, "tags");
        List<View.TopicCard> items = edition.tags().stream().map(tag -> new View.TopicCard(tag.label(),
                ctx.permalinks.link(Permalinks.tag(language.code(), tag.key())), null,
                t.plural("count.articles", edition.articlesByTag().get(tag.key()).size()))).toList();
        return new PageView(route, "topics", language, new View.IndexPage(page, t.msg("tags.heading"), items));
    }

    private List<PendingPage> tag(Edition edition, Language language, Tag tag) {
        Localizer t = ctx.t(language.code());
        List<Article> articles = edition.articlesByTag().get(tag.key()).stream().map(ctx.site::article).toList();
        IntFunction<String> pagePath = n -> n <= 1 ? Permalinks.tag(language.code(), tag.key())
                : Permalinks.tag(language.code(), tag.key()) + "page/" + n + "/";
        IntFunction<Route> routes = n -> route(language.code(), pagePath.apply(n),
                Map.of(language.code(), pagePath.apply(n)));
        IntFunction<List<String>> says = n -> List.of(tag.label());
        return paginate(articles, pagePath, language, "tag " + tag.key(), routes, says, (items, pager, n, route) -> {
            String heading = t.msg("tag.heading", tag.label());
            String jsonLd = JsonLd.page("CollectionPage", heading, ctx.permalinks.absolute(route.sitePath()), language.code(), null);
            View.Page page = ctx.page(route, n == 1 ? heading : heading + " — " + pager.label(), null, "website", jsonLd, "tag");
            View.ListPage view = new View.ListPage(page, heading, null, null, t.plural("count.articles", articles.size()),
                    items, pager, List.of(new View.Link(t.msg("nav.home"), ctx.permalinks.link(Permalinks.home(language.code()))),
                            new View.Link(t.msg("tags.heading"), ctx.permalinks.link(Permalinks.tagsIndex(language.code())))));
            return new PageView(route, "list", language, view);
        });
    }

    /**
     * One page per {@code pageSize} articles; an empty list still gets its first page. A page's
     * view is built only when it is rendered; its input key is made of the list's name, what
     * {@code says} of the page besides the site's shared inputs, the list's length, the page's
     * number and route, and the cards it shows.
     */
    private List<PendingPage> paginate(List<Article> articles, IntFunction<String> pagePath, Language language,
            String list, IntFunction<Route> routes, IntFunction<List<String>> says, PageMaker maker) {
        int size = ctx.config.pageSize();
        int total = Math.max(1, (articles.size() + size - 1) / size);
        List<PendingPage> pages = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            List<Article> slice = articles.subList((n - 1) * size, Math.min(articles.size(), n * size));
            if (showing != null && slice.stream().noneMatch(a -> showing.contains(a.id()))) {
                continue;
            }
            int number = n;
            Route route = routes.apply(n);
            String key = null;
            if (inputs != null) {
                List<String> texts = new ArrayList<>(List.of(list, Integer.toString(articles.size()), Integer.toString(n),
                        Integer.toString(total)));
                texts.addAll(says.apply(n));
                key = inputs.list(route, texts, slice.stream().map(Article::id).toList());
            }
            pages.add(new PendingPage(route, key, () -> view(slice, pagePath, language, number, total, route, maker)));
        }
        return pages;
    }

    /** Page {@code n} of {@code total}: its cards and pager, made into a view by {@code maker}. */
    private PageView view(List<Article> slice, IntFunction<String> pagePath, Language language, int n, int total,
            Route route, PageMaker maker) {
        Localizer t = ctx.t(language.code());
        List<View.ArticleCard> items = slice.stream().map(a -> ctx.card(a, language)).toList();
        List<View.PagerLink> links = new ArrayList<>();
        if (total > 1) {
            for (int k : PagerWindow.numbers(n, total)) {
                links.add(k == PagerWindow.GAP ? new View.PagerLink("…", null, false)
                        : new View.PagerLink(t.number(k), ctx.permalinks.link(pagePath.apply(k)), k == n));
            }
        }
        View.Pager pager = new View.Pager(t.msg("pager.label", t.number(n) + " / " + t.number(total)),
                n > 1 ? ctx.permalinks.link(pagePath.apply(n - 1)) : null,
                n < total ? ctx.permalinks.link(pagePath.apply(n + 1)) : null, links, n);
        return maker.make(items, pager, n, route);
    }

    @FunctionalInterface
    private interface PageMaker {
        PageView make(List<View.ArticleCard> items, View.Pager pager, int pageNumber, Route route);
    }
}
