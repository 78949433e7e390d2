package org.warraq.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warraq.config.Language;
import org.warraq.i18n.Localizer;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.links.Permalinks;
import org.warraq.model.Edition;
import org.warraq.model.OutputFile;
import org.warraq.model.PageId;
import org.warraq.parallel.Parallel;
import org.warraq.problem.Problem;
import org.warraq.problem.Progress;
import org.warraq.theme.Assets;

/**
 * The render stage: every page of the site as HTML, plus feeds, sitemap, robots.txt and the
 * fingerprinted static assets. Pages render in parallel; the result is sorted by path.
 */
public final class SiteRenderer {
    private SiteRenderer() {
    }

    /**
     * The site's files (those not already handed to a sink), the paths of all files rendered, the
     * routes of its pages and the problems rendering found (UI strings the templates lack).
     */
    public record Rendered(List<OutputFile> files, List<String> paths, List<Route> routes, List<Problem> problems) {
        public Rendered {
            files = List.copyOf(files);
            paths = List.copyOf(paths);
            routes = List.copyOf(routes);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Renders the site, skipping pages whose view key equals the one in {@code reusable} (output
     * file → key of the previous build's file, still intact): those come back as
     * {@link OutputFile#reused} entries. Pages go to {@code sink} as soon as they are rendered
     * (from many threads), so they never all sit in memory; the returned files are the rest.
     * {@code progress} hears of every page done. {@code templates} and {@code orders} are given
     * because the preview keeps both for its quick edits ({@link #renderEdit}). With
     * {@code sourceHashes} (content file path → hash; null for none), article and list pages are
     * keyed by their inputs ({@link InputKeys}), and an unchanged one is reused without its view.
     */
    public static Rendered render(LinkedSite linked, Templates templates, ListOrders orders, MessageCatalog messages,
            Assets assets, Map<String, String> searchManifests, Map<String, String> reusable,
            Map<String, String> sourceHashes, Progress progress, java.util.function.Consumer<OutputFile> sink) {
        RenderContext ctx = new RenderContext(linked, localizers(linked, messages), assets, templates, orders);
        InputKeys inputs = sourceHashes == null ? null : new InputKeys(linked, assets, sourceHashes);
        ArticlePages articles = new ArticlePages(ctx);
        ListPages lists = new ListPages(ctx, inputs);
        OtherPages others = new OtherPages(ctx);
        Discovery discovery = new Discovery(ctx);

        // List pages first (cheap, and they need the whole edition), then every page rendered on
        // its own, on all cores, so a long list does not occupy one core alone.
        List<PendingPage> pending = new ArrayList<>();
        linked.site().editionsInOrder().forEach(e -> pending.addAll(lists.render(e)));
        linked.site().pages().values().forEach(p -> pending.add(PendingPage.of(others.standalone(p))));
        linked.site().config().languages()
                .forEach(l -> pending.add(PendingPage.of(others.search(l, searchManifests.get(l.code())))));
        progress.start("render", linked.site().articles().size() + pending.size());
        // Article pages: an unchanged one (same input key as its file) is reused without a view.
        List<Route> articleRoutes = Parallel.map(List.copyOf(linked.site().articles().values()), article -> {
            Route route = articles.route(article);
            String key = inputs == null ? null : inputs.article(article, route);
            OutputFile file = page(ctx, new PendingPage(route, key, () -> articles.render(article, route)), reusable);
            sink.accept(file);
            progress.advance();
            return route;
        });
        List<String> paths = new ArrayList<>(Parallel.map(pending, page -> {
            OutputFile file = page(ctx, page, reusable);
            sink.accept(file);
            progress.advance();
            return file.path();
        }));
        articleRoutes.forEach(route -> paths.add(Permalinks.outputFile(route.sitePath())));
        progress.finish();

        List<OutputFile> files = new ArrayList<>();
        // Pages outside the sitemap, reused like the others: a build that changed nothing then
        // never starts the template engine (a third of a small site's build time).
        Language defaultLanguage = linked.site().config().defaultLanguageConfig();
        List<PageView> unlisted = new ArrayList<>();
        for (Edition edition : linked.site().editionsInOrder()) {
            String code = edition.code();
            files.add(OutputFile.text(Permalinks.feed(code), discovery.atom(edition.language(), edition.articles())));
            unlisted.add(others.notFound(edition.language(), code + "/404.html"));
        }
        unlisted.add(others.notFound(defaultLanguage, "404.html"));
        unlisted.add(others.root());
        unlisted.forEach(view -> files.add(page(ctx, PendingPage.of(view), reusable)));
        List<Route> routes = java.util.stream.Stream.concat(articleRoutes.stream(), pending.stream().map(PendingPage::route))
                .sorted(Comparator.comparing(Route::sitePath)).toList();
        files.add(OutputFile.text("sitemap.xml", discovery.sitemap(routes)));
        files.add(OutputFile.text("robots.txt", discovery.robots()));
        files.add(OutputFile.text("_headers", discovery.headers(assets)));
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> generated = new java.util.HashSet<>(paths);
        files.forEach(f -> generated.add(f.path()));
        for (Assets.Asset asset : assets.all()) {
            files.add(new OutputFile(asset.published(), asset.bytes()));
            // Also under its own path, as Hugo and Zola publish static/: content can show
            // /img/photo.jpg, and /favicon.ico is where browsers look. Templates use the
            // fingerprinted name, which can be cached for good.
            if (generated.contains(asset.source())) {
                problems.add(Problem.error("static/" + asset.source(), 0, 0, "the build writes " + asset.source()
                        + " itself — rename or remove this file"));
            } else {
                files.add(new OutputFile(asset.source(), asset.bytes()));
            }
        }
        files.forEach(f -> generated.add(f.path()));
        paths.addAll(BundleFiles.publish(ctx.permalinks, linked.site(), generated, reusable, problems, sink));
        var aliases = AliasPages.of(List.copyOf(linked.site().articles().values()), generated, article -> {
            String sitePath = articles.route(article).sitePath();
            String direction = linked.site().config().language(article.id().language()).orElseThrow().direction().attribute();
            return new AliasPages.Target(ctx.permalinks.link(sitePath), ctx.permalinks.absolute(sitePath), direction);
        });
        files.addAll(aliases.files());
        problems.addAll(aliases.problems());
        files.sort(Comparator.comparing(OutputFile::path));
        files.forEach(f -> paths.add(f.path()));
        paths.sort(Comparator.naturalOrder());

        ctx.localizers.values().stream().sorted(Comparator.comparing((Localizer l) -> l.language().code())).forEach(l ->
                l.missingKeys().forEach(key -> problems.add(Problem.error(MessageCatalog.path(l.language().code()), 0, 0,
                        "missing UI string '" + key + "' for language '" + l.language().code() + "' — add it to the file"))));
        return new Rendered(files, paths, routes, problems);
    }

    /**
     * Renders only what an edit of articles can change when it kept every address, date, topic and
     * tag (the preview's quick path), with the list orders of the build it edits: the pages of
     * {@code articles}, the list pages showing one of {@code cards} (articles whose title or summary
     * changed) and the feeds of their languages.
     * Pages whose view key is in {@code previous} (path → key of the file being served) come back
     * as {@link OutputFile#reused} entries; feeds always come back rendered.
     */
    public static List<OutputFile> renderEdit(LinkedSite linked, Templates templates, ListOrders orders,
            MessageCatalog messages, Assets assets, java.util.Set<PageId> articles, java.util.Set<PageId> cards,
            Map<String, String> previous) {
        RenderContext ctx = new RenderContext(linked, localizers(linked, messages), assets, templates, orders);
        ArticlePages pages = new ArticlePages(ctx);
        List<PendingPage> views = new ArrayList<>(articles.stream().sorted()
                .map(id -> PendingPage.of(pages.render(linked.site().article(id)))).toList());
        if (!cards.isEmpty()) {
            ListPages lists = new ListPages(ctx, cards);
            linked.site().editionsInOrder().forEach(e -> views.addAll(lists.render(e)));
        }
        // One or two pages are rendered on this thread, more on all cores.
        var stream = views.size() > 2 ? views.parallelStream() : views.stream();
        List<OutputFile> files = new ArrayList<>(stream.map(view -> page(ctx, view, previous)).toList());
        Discovery discovery = new Discovery(ctx);
        java.util.Set<String> languages = new java.util.TreeSet<>();
        articles.forEach(id -> languages.add(id.language()));
        cards.forEach(id -> languages.add(id.language()));
        for (Edition edition : linked.site().editionsInOrder()) {
            if (languages.contains(edition.code())) {
                files.add(OutputFile.text(Permalinks.feed(edition.code()), discovery.atom(edition.language(), edition.articles())));
            }
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    private static Map<String, Localizer> localizers(LinkedSite linked, MessageCatalog messages) {
        Map<String, Localizer> localizers = new HashMap<>();
        for (Language language : linked.site().config().languages()) {
            localizers.put(language.code(), new Localizer(language, messages));
        }
        return localizers;
    }

    /**
     * A page rendered, or reused when {@code reusable} has its key: its input key if it has one
     * (then its view is never built), else its view key.
     */
    private static OutputFile page(RenderContext ctx, PendingPage page, Map<String, String> reusable) {
        String path = Permalinks.outputFile(page.route().sitePath());
        if (page.key() != null && page.key().equals(reusable.get(path))) {
            return OutputFile.reused(path, page.key());
        }
        PageView view = page.view().get();
        String key = page.key() != null ? page.key() : ViewKey.of(view, ctx.sharedDigests);
        if (key.equals(reusable.get(path))) {
            return OutputFile.reused(path, key);
        }
        String html = ctx.html(view.template(), view.language(), "view", view.view());
        return new OutputFile(path, html.getBytes(java.nio.charset.StandardCharsets.UTF_8), key);
    }
}
