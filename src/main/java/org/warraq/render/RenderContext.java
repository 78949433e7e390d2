package org.warraq.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.config.Language;
import org.warraq.config.SiteConfig;
import org.warraq.i18n.Localizer;
import org.warraq.links.LinkedSite;
import org.warraq.links.Permalinks;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.theme.Assets;

/**
 * What every page renderer shares during one build: the linked site, the per-language
 * localizers, the published assets and the templates. Builds the parts common to all pages.
 */
final class RenderContext {
    final LinkedSite linked;
    final Site site;
    final SiteConfig config;
    final Permalinks permalinks;
    final Map<String, Localizer> localizers;
    final Assets assets;
    final Templates templates;
    private final ListOrders orders;

    RenderContext(LinkedSite linked, Map<String, Localizer> localizers, Assets assets, Templates templates,
            ListOrders orders) {
        this.linked = linked;
        this.site = linked.site();
        this.config = site.config();
        this.permalinks = linked.permalinks();
        this.localizers = localizers;
        this.assets = assets;
        this.templates = templates;
        this.orders = orders;
    }

    Localizer t(String language) {
        return localizers.get(language);
    }

    /** The body HTML of page {@code id} as {@code language} shows it: footnote numbers in its digits. */
    String body(org.warraq.model.PageId id, Language language) {
        return FootnoteNumbers.localized(linked.html().get(id), language, t(language.code()));
    }

    /** Renders an HTML template with the page view and the language's localizer. */
    String html(String template, Language language, String viewName, Object view) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(viewName, view);
        variables.put("t", t(language.code()));
        return templates.render(template, language.locale(), variables);
    }

    /** The head and navigation of a page at {@code route}. */
    View.Page page(Route route, String title, String description, String ogType, String jsonLd, String bodyClass) {
        return page(route, title, description, ogType, jsonLd, bodyClass, List.of());
    }

    /** The head and navigation of a page at {@code route} whose link previews show {@code images} (absolute URLs). */
    View.Page page(Route route, String title, String description, String ogType, String jsonLd, String bodyClass,
            List<String> images) {
        Language language = config.language(route.language()).orElseThrow();
        List<View.Alternate> alternates = new ArrayList<>();
        route.alternates().forEach((code, path) -> alternates.add(new View.Alternate(code, permalinks.absolute(path))));
        alternates.sort(java.util.Comparator.comparing(a -> config.languages().indexOf(config.language(a.hreflang()).orElseThrow())));
        String fullTitle = title == null ? config.title(language.code()) : title + " — " + config.title(language.code());
        return new View.Page(language.code(), language.direction().attribute(), fullTitle, description,
                permalinks.absolute(route.sitePath()), alternates,
                route.xDefault() == null ? null : permalinks.absolute(route.xDefault()), ogType,
                language.locale().toLanguageTag().replace('-', '_'), images, jsonLd, chrome(language, route), bodyClass);
    }

    View.Chrome chrome(Language language, Route route) {
        String code = language.code();
        List<View.LanguageLink> languages = new ArrayList<>();
        for (Language other : config.languages()) {
            String exact = route.alternates().get(other.code());
            String href = exact != null ? exact : Permalinks.home(other.code());
            languages.add(new View.LanguageLink(other.code(), other.name(), other.direction().attribute(),
                    permalinks.link(href), other.code().equals(code), exact != null));
        }
        String about = site.pages().keySet().stream().filter(id -> id.language().equals(code) && id.name().equals("about"))
                .findFirst().map(id -> permalinks.link(permalinks.pathOf(id))).orElse(null);
        return new View.Chrome(config.title(code), permalinks.link(Permalinks.home(code)),
                permalinks.link(Permalinks.topicsIndex(code)), permalinks.link(Permalinks.search(code)), about,
                permalinks.link(Permalinks.feed(code)), languages, asset("css/warraq.css"), asset("js/warraq.js"),
                asset("js/warraq-search.js"), asset("js/warraq-analyzer.js"), permalinks.link(""));
    }

    View.Asset asset(String source) {
        Assets.Asset asset = assets.get(source);
        return asset == null ? null : new View.Asset(permalinks.link(asset.published()), asset.integrity());
    }

    View.DateView date(Language language, org.warraq.content.ContentDate date) {
        if (date == null) {
            return null;
        }
        Localizer t = t(language.code());
        return new View.DateView(date.iso(), t.date(date.day()), t.hijri(date.day()));
    }

    /** Digests of the cards below, for the pages' view keys. */
    final ViewKey.Shared sharedDigests = new ViewKey.Shared();

    /** The cards made so far: an article appears in many lists (home, topics, tags), its card is the same in each. */
    private final Map<CardKey, View.ArticleCard> cards = new java.util.concurrent.ConcurrentHashMap<>();

    private record CardKey(PageId article, String listLanguage) {
    }

    /** A card for an article shown in a list of {@code listLanguage}. */
    View.ArticleCard card(Article article, Language listLanguage) {
        return cards.computeIfAbsent(new CardKey(article.id(), listLanguage.code()), key -> newCard(article, listLanguage));
    }

    private View.ArticleCard newCard(Article article, Language listLanguage) {
        Language own = config.language(article.id().language()).orElseThrow();
        String marker = own.code().equals(listLanguage.code()) ? null
                : t(listLanguage.code()).msg("list.onlyIn", own.locale().getDisplayLanguage(listLanguage.locale()));
        List<View.Link> topics = article.topics().stream()
                .map(topicId -> site.topic(own.code(), topicId)
                        .map(topic -> new View.Link(topic.title(), permalinks.link(Permalinks.topic(own.code(), topicId, 1))))
                        .orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return new View.ArticleCard(article.title(), permalinks.link(permalinks.article(article)), date(own, article.date()),
                article.summary(), own.code(), own.direction().attribute(), marker, topics);
    }

    /**
     * Articles list {@code list} ("home", "topic x") in {@code language} shows, in order: its own,
     * plus (if configured) those that exist only in other languages. The order is kept in this
     * build's {@link ListOrders}; the articles are this context's.
     */
    List<Article> listed(Language language, String list, List<PageId> own, java.util.function.Predicate<Article> filter) {
        return orders.get(language.code() + " " + list, () -> {
            List<Article> articles = new ArrayList<>(own.stream().map(site::article).toList());
            if (config.otherLanguageArticles() == SiteConfig.OtherLanguageArticles.MARKER) {
                fromOtherLanguages(language.code()).stream().filter(filter).forEach(articles::add);
            }
            articles.sort(LIST_ORDER);
            return articles.stream().map(Article::id).toList();
        }).stream().map(site::article).toList();
    }

    /** Newest first; ties by name, then language: a total order, so lists never depend on how they were gathered. */
    private static final java.util.Comparator<Article> LIST_ORDER = (a, b) -> {
        int byDate = b.date().compareTo(a.date());
        if (byDate != 0) {
            return byDate;
        }
        int byName = a.id().name().compareTo(b.id().name());
        return byName != 0 ? byName : a.id().language().compareTo(b.id().language());
    };

    /** Per language, the articles of other languages its lists show: found once, not once per list. */
    private final Map<String, List<Article>> fromOtherLanguages = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Article> fromOtherLanguages(String language) {
        return fromOtherLanguages.computeIfAbsent(language, code -> site.articles().values().stream()
                .filter(a -> !a.id().language().equals(code) && shownIn(a, code))
                .sorted(LIST_ORDER).toList());
    }

    /** Whether lists in {@code language} can show {@code article}: its own language's, or (if configured) one it lacks. */
    boolean shownIn(Article article, String language) {
        if (article.id().language().equals(language)) {
            return true;
        }
        return config.otherLanguageArticles() == SiteConfig.OtherLanguageArticles.MARKER
                && !site.exists(article.id().inLanguage(language)) && earliestLanguage(article).equals(article.id().language());
    }

    /** Of an article's editions that are missing from a language, show only the first-ordered one. */
    private String earliestLanguage(Article article) {
        return site.translations(article.id()).firstKey();
    }
}
