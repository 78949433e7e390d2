package org.warraq.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.warraq.config.Language;
import org.warraq.i18n.Localizer;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.links.Permalinks;
import org.warraq.model.Edition;
import org.warraq.model.OutputFile;
import org.warraq.problem.Problem;
import org.warraq.theme.Assets;
import org.warraq.theme.Theme;

/**
 * The render stage: every page of the site as HTML, plus feeds, sitemap, robots.txt and the
 * fingerprinted static assets. Pages render in parallel; the result is sorted by path.
 */
public final class SiteRenderer {
    private SiteRenderer() {
    }

    /** The site's files and the problems rendering found (UI strings the templates asked for but lack). */
    public record Rendered(List<OutputFile> files, List<Route> routes, List<Problem> problems) {
        public Rendered {
            files = List.copyOf(files);
            routes = List.copyOf(routes);
            problems = List.copyOf(problems);
        }
    }

    /** Renders the linked site with the theme's templates, messages and assets; {@code searchManifests}: language → manifest file name. */
    public static Rendered render(LinkedSite linked, Theme theme, MessageCatalog messages, Assets assets,
            Map<String, String> searchManifests) {
        Map<String, Localizer> localizers = new HashMap<>();
        for (Language language : linked.site().config().languages()) {
            localizers.put(language.code(), new Localizer(language, messages));
        }
        RenderContext ctx = new RenderContext(linked, localizers, assets, new Templates(theme));
        ArticlePages articles = new ArticlePages(ctx);
        ListPages lists = new ListPages(ctx);
        OtherPages others = new OtherPages(ctx);
        Discovery discovery = new Discovery(ctx);

        List<RenderedHtml> pages = Stream.of(
                        linked.site().articles().values().parallelStream().map(articles::render),
                        linked.site().editions().values().parallelStream().flatMap(e -> lists.render(e).stream()),
                        linked.site().pages().values().parallelStream().map(others::standalone),
                        linked.site().config().languages().stream().map(l -> others.search(l, searchManifests.get(l.code()))))
                .flatMap(s -> s).toList();

        List<OutputFile> files = new ArrayList<>();
        for (RenderedHtml page : pages) {
            files.add(OutputFile.text(Permalinks.outputFile(page.route().sitePath()), page.html()));
        }
        for (Edition edition : linked.site().editionsInOrder()) {
            String code = edition.code();
            files.add(OutputFile.text(Permalinks.feed(code), discovery.atom(edition.language(), edition.articles())));
            files.add(OutputFile.text(code + "/404.html", others.notFound(edition.language(), code + "/404.html")));
        }
        Language defaultLanguage = linked.site().config().defaultLanguageConfig();
        files.add(OutputFile.text("404.html", others.notFound(defaultLanguage, "404.html")));
        files.add(OutputFile.text("index.html", others.root()));
        List<Route> routes = pages.stream().map(RenderedHtml::route).sorted(Comparator.comparing(Route::sitePath)).toList();
        files.add(OutputFile.text("sitemap.xml", discovery.sitemap(routes)));
        files.add(OutputFile.text("robots.txt", discovery.robots()));
        files.add(OutputFile.text("_headers", discovery.headers(assets)));
        for (Assets.Asset asset : assets.all()) {
            files.add(new OutputFile(asset.published(), asset.bytes()));
        }
        files.sort(Comparator.comparing(OutputFile::path));

        List<Problem> problems = new ArrayList<>();
        localizers.values().stream().sorted(Comparator.comparing(l -> l.language().code())).forEach(l ->
                l.missingKeys().forEach(key -> problems.add(Problem.error(MessageCatalog.path(l.language().code()), 0, 0,
                        "missing UI string '" + key + "' for language '" + l.language().code() + "' — add it to the file"))));
        return new Rendered(files, routes, problems);
    }
}
