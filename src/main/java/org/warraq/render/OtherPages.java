package org.warraq.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.config.Language;
import org.warraq.i18n.Localizer;
import org.warraq.links.Permalinks;
import org.warraq.model.StandalonePage;

/** Renders standalone pages, the search page, the 404 pages and the root language chooser. */
final class OtherPages {
    private final RenderContext ctx;

    OtherPages(RenderContext ctx) {
        this.ctx = ctx;
    }

    PageView standalone(StandalonePage standalone) {
        Language language = ctx.config.language(standalone.id().language()).orElseThrow();
        Map<String, String> alternates = new LinkedHashMap<>();
        ctx.site.translations(standalone.id()).forEach((code, id) -> alternates.put(code, ctx.permalinks.pathOf(id)));
        String x = alternates.getOrDefault(ctx.config.defaultLanguage(), alternates.values().iterator().next());
        Route route = new Route(language.code(), ctx.permalinks.page(standalone), alternates, x);
        String jsonLd = JsonLd.page("WebPage", standalone.title(), ctx.permalinks.absolute(route.sitePath()), language.code(),
                standalone.summary());
        View.Page page = ctx.page(route, standalone.title(), standalone.summary(), "website", jsonLd, "page");
        View.TextPage view = new View.TextPage(page, standalone.title(), ctx.body(standalone.id(), language));
        return new PageView(route, "page", language, view);
    }

    /** The search page; {@code manifest} is the file name of the language's index manifest, beside the page. */
    PageView search(Language language, String manifest) {
        Localizer t = ctx.t(language.code());
        Map<String, String> alternates = new LinkedHashMap<>();
        ctx.config.languages().forEach(l -> alternates.put(l.code(), Permalinks.search(l.code())));
        Route route = new Route(language.code(), Permalinks.search(language.code()), alternates,
                Permalinks.search(ctx.config.defaultLanguage()));
        String jsonLd = JsonLd.page("SearchResultsPage", t.msg("search.heading"), ctx.permalinks.absolute(route.sitePath()),
                language.code(), null);
        View.Page page = ctx.page(route, t.msg("search.heading"), null, "website", jsonLd, "search");
        View.SearchPage view = new View.SearchPage(page, t.msg("search.heading"), manifest, language.code(),
                language.numerals().name().toLowerCase(java.util.Locale.ROOT));
        return new PageView(route, "search", language, view);
    }

    /**
     * The 404 page of a language. Its links are root-relative with the base path, so it works
     * at any depth of a missing URL (GitHub Pages serves /404.html for every miss).
     */
    PageView notFound(Language language, String sitePath) {
        Localizer t = ctx.t(language.code());
        Route route = new Route(language.code(), sitePath, Map.of(), null);
        View.Page page = ctx.page(route, t.msg("notFound.heading"), null, "website", null, "not-found");
        View.TextPage view = new View.TextPage(page, t.msg("notFound.heading"), null);
        return new PageView(route, "404", language, view);
    }

    private static Map<String, String> homes(List<View.LanguageLink> languages) {
        Map<String, String> homes = new java.util.TreeMap<>();
        languages.forEach(l -> homes.put(l.code().toLowerCase(java.util.Locale.ROOT), l.href()));
        return homes;
    }

    /** The root page: sends visitors to their language (or the default), with plain links as fallback. */
    PageView root() {
        Language language = ctx.config.defaultLanguageConfig();
        List<View.LanguageLink> languages = new ArrayList<>();
        // hreflang alternates must be absolute URLs; the x-default is the default language's home, as on every home.
        List<View.Alternate> alternates = new ArrayList<>();
        for (Language l : ctx.config.languages()) {
            languages.add(new View.LanguageLink(l.code(), l.name(), l.direction().attribute(),
                    ctx.permalinks.link(Permalinks.home(l.code())), l.code().equals(language.code()), true));
            alternates.add(new View.Alternate(l.code(), ctx.permalinks.absolute(Permalinks.home(l.code()))));
        }
        alternates.add(new View.Alternate("x-default", ctx.permalinks.absolute(Permalinks.home(language.code()))));
        View.Asset css = ctx.asset("css/warraq.css");
        View.RootPage view = new View.RootPage(language.code(), language.direction().attribute(),
                ctx.config.title(language.code()), ctx.permalinks.absolute(""),
                ctx.permalinks.link(Permalinks.home(language.code())), languages, alternates, homes(languages),
                css == null ? null : css.url(), css == null ? null : css.integrity());
        return new PageView(new Route(language.code(), "", Map.of(), null), "root", language, view);
    }
}
