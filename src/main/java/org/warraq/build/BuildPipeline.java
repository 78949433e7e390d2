package org.warraq.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.config.BaseUrl;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.ContentLoader;
import org.warraq.content.ParseCache;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.links.RememberedLinks;
import org.warraq.links.SitePathLinks;
import org.warraq.links.SourceHistory;
import org.warraq.model.Edition;
import org.warraq.model.ModelBuilder;
import org.warraq.model.OutputFile;
import org.warraq.model.RememberedModel;
import org.warraq.model.Site;
import org.warraq.output.ManifestFile;
import org.warraq.output.OutputManifest;
import org.warraq.output.OutputWriter;
import org.warraq.output.WrittenFolders;
import org.warraq.parallel.Parallel;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;
import org.warraq.problem.Problems;
import org.warraq.problem.Progress;
import org.warraq.render.ListOrders;
import org.warraq.render.SiteRenderer;
import org.warraq.render.Templates;
import org.warraq.theme.Assets;
import org.warraq.text.Analyzers;
import org.warraq.theme.Theme;

/**
 * The one place where the order of the stages is visible. Each stage is timed; problems from
 * all stages are collected, and the build stops before writing anything if any is an error.
 *
 * <p>An instance keeps what its last build learnt (parsed pages by source hash, the manifest of
 * the output it wrote), so repeated builds in one process (the preview server) redo only what
 * changed; the same caches are saved under the site's {@code .warraq-cache/} for the next
 * process. Output is byte-identical to a build without caches.
 */
public final class BuildPipeline {
    /** The cache folder inside a site's source directory. */
    public static final String CACHE_DIR = ".warraq-cache";
    /** Files every build writes at the output's root (the URL contract): an output folder without them is no site. */
    private static final List<String> SITE_ROOT_FILES = List.of("404.html", "robots.txt", "sitemap.xml");

    private final Progress progress;
    /**
     * Building for the preview server, or for {@code build --watch}: more builds follow in this
     * process, so caches are saved in the background and what the stages learnt stays in memory.
     * The preview's output folder is served while the next build is written, so it is replaced
     * rather than updated in place (unless it is a real folder, served by no one: see the render
     * stage).
     */
    private final boolean preview;
    /**
     * Whether the output folder is the author's ({@code warraq build}, with or without
     * {@code --watch}) rather than the preview server's own: a folder holding what no build wrote
     * is refused before anything is built into it. False only for the preview server's pipeline.
     */
    private final boolean authorsOutput;
    /**
     * Whether the output manifest is saved for the next process: for every build but the
     * preview's in a temporary folder, whose output is gone when the session ends.
     */
    private final boolean savesManifest;
    /** Whether the search index may be made beside the links stage ({@link #searchBesideLinks}); tests turn it off. */
    private final boolean searchMayGoBesideLinks;
    /** Where caches are saved: null saves before the build returns (a process about to exit). */
    private final java.util.concurrent.ExecutorService saver;
    private Path parseCacheSource;
    private ParseCache parseCache;
    /** Per-language results of the links and search stages (see {@link StageMemo}), of the same source as the parse cache. */
    private StageMemo stageMemo;
    /**
     * The output manifest's file as last read or written; volatile: the preview's saves run on a
     * thread of their own. A save from a stale one still comes out right: it finds the file
     * changed and writes it whole ({@link ManifestFile#save}).
     */
    private volatile ManifestFile manifestFile;
    /** The manifest of the output as the last build left it (its file is saved after the build). */
    private OutputManifest manifest = OutputManifest.EMPTY;
    /** The last build's model, updated rather than built again after an edit to an article's text. */
    private final RememberedModel models = new RememberedModel();
    /** The last build's links, checked again only where an edit can have changed them. */
    private final RememberedLinks links = new RememberedLinks();
    /** Each article's search document, made again only for articles the last build did not have. */
    private final SearchStage.Documents searchDocuments;
    /** The last build's list orders, kept while edits leave every list as it was. */
    private OrdersOf lastOrders;
    /** The files the preview's builds left in its folders, so that a build updating one in place need not list it. */
    private final WrittenFolders writtenFolders = new WrittenFolders();
    /** Output files rewritten behind this pipeline's back (the preview's quick edits): never reused as they were. */
    private final java.util.Set<String> forgotten = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A pipeline that reports no progress. */
    public BuildPipeline() {
        this(Progress.NONE);
    }

    /** A pipeline that tells {@code progress} how its long stages advance. */
    public BuildPipeline(Progress progress) {
        this(progress, false, true);
    }

    private BuildPipeline(Progress progress, boolean preview, boolean savesManifest) {
        this(progress, preview, !preview, savesManifest, true);
    }

    /** A pipeline that makes the search index beside the links stage where {@link #searchBesideLinks} says so, or never (tests). */
    BuildPipeline(boolean searchMayGoBesideLinks) {
        this(Progress.NONE, false, true, true, searchMayGoBesideLinks);
    }

    private BuildPipeline(Progress progress, boolean preview, boolean authorsOutput, boolean savesManifest,
            boolean searchMayGoBesideLinks) {
        this.progress = progress;
        this.preview = preview;
        this.authorsOutput = authorsOutput;
        this.savesManifest = savesManifest;
        this.searchMayGoBesideLinks = searchMayGoBesideLinks;
        // Kept for the next build only where one follows in the same process; in a build about to
        // end, 17,000 documents would be heap the render stage lacks.
        this.searchDocuments = new SearchStage.Documents(preview);
        this.saver = preview ? java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "warraq-cache-save");
            thread.setDaemon(true); // a save cut short leaves only a temporary file: the cache is renamed into place
            return thread;
        }) : null;
    }

    /**
     * A pipeline for the preview server (see {@link #preview}); saving in the background spares
     * the reload after an edit the wait (at 10,000 articles, about 1.7 s of writing). With
     * {@code outputKept} the preview's output stays where it is when the session ends, so its
     * manifest is saved too and the next session's first build takes over the files that did not
     * change, as a build does.
     */
    public static BuildPipeline forPreview(boolean outputKept) {
        return new BuildPipeline(Progress.NONE, true, outputKept);
    }

    /**
     * A pipeline for {@code warraq build --watch}, which builds the author's output folder again
     * after every change: it keeps what each build learnt in memory and saves its caches in the
     * background, as the preview's does, and checks and updates the output folder in place, as a
     * build does.
     */
    public static BuildPipeline forWatch(Progress progress) {
        return new BuildPipeline(progress, true, true, true, true);
    }

    /** Builds the site once, with the caches on disk; throws {@link BuildFailure} with every problem if the sources have errors. */
    public static BuildReport run(BuildOptions options) {
        return new BuildPipeline().build(options);
    }

    /**
     * Tells the pipeline that the files at these output paths were rewritten outside it (the
     * preview applied an edit in place), so its manifest no longer describes them: they are
     * rendered again, not reused, by the next build, and by a build running now if it is too late
     * for that one (its manifest drops them too). Not synchronized: it must not wait for a build.
     */
    public void forget(java.util.Collection<String> paths) {
        forgotten.addAll(paths);
        writtenFolders.rewrote(paths);
    }

    /**
     * Waits at most {@code timeout} for the caches of earlier builds being saved in the background
     * (the preview's), so that the next process finds them; returns at once for other pipelines.
     */
    public void finishSaving(java.time.Duration timeout) {
        if (saver == null) {
            return;
        }
        try {
            saver.submit(() -> { }).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                | java.util.concurrent.RejectedExecutionException e) {
            // Not saved in time: the next process rebuilds what it lacks.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds the site; throws {@link BuildFailure} with every problem if the sources have errors. */
    public synchronized BuildReport build(BuildOptions options) {
        return execute(options, true, progress, () -> false).report();
    }

    /**
     * As {@link #build(BuildOptions)}, stopping with {@link org.warraq.problem.BuildStopped} as soon
     * as {@code stop} says the result is no longer wanted; the output is then left as it was.
     */
    public synchronized BuildReport build(BuildOptions options, java.util.function.BooleanSupplier stop) {
        return execute(options, true, Progress.stoppable(progress, stop), stop).report();
    }

    /** A build that went on past errors in links and templates, with the linked site it was made from. */
    public record Inspection(BuildReport report, LinkedSite linked) {
    }

    /**
     * Builds the site for inspection ({@code warraq check}): errors in links and templates are
     * collected and the output is written anyway, so that it can be checked too. Errors that
     * leave no site to build (configuration, content, model) still throw {@link BuildFailure}.
     */
    public static Inspection inspect(BuildOptions options) {
        BuildPipeline pipeline = new BuildPipeline();
        synchronized (pipeline) {
            return pipeline.execute(options, false, pipeline.progress, () -> false);
        }
    }

    private Inspection execute(BuildOptions options, boolean stopAtErrors, Progress progress,
            java.util.function.BooleanSupplier stop) {
        // Between stages too: not every stage reports progress item by item.
        Runnable checkpoint = () -> {
            if (stop.getAsBoolean()) {
                throw new org.warraq.problem.BuildStopped();
            }
        };
        long start = System.nanoTime();
        if (authorsOutput) {
            // Before the long stages: a mistyped --output is refused at once, and nothing of it is lost.
            OutputWriter.refuseForeignFolder(options.outputDir(), options.sourceDir(), SITE_ROOT_FILES);
            WarmUp.startIfNeeded(options.sourceDir(), options.outputDir());
        }
        StageClock clock = new StageClock();
        List<Problem> problems = new ArrayList<>();
        Theme theme = Theme.of(options.sourceDir());
        Path cacheDir = options.sourceDir().resolve(CACHE_DIR);
        CachePrefetch prefetch = prefetch(options, theme, cacheDir);

        SiteConfig config = clock.time("config", () -> loadConfig(options, problems));
        MessageCatalog messages = clock.time("theme", () -> {
            var loaded = MessageCatalog.load(theme, config);
            problems.addAll(loaded.problems());
            return loaded.catalog();
        });
        Assets assets = clock.time("static", () -> Assets.of(theme.staticFiles(problems)));
        ParseCache pages = clock.time("cache", () -> parseCache(cacheDir, config, prefetch));
        StageMemo memo = stageMemo;
        long changesBefore = pages.changes();
        long parsedBefore = pages.parsed();
        checkpoint.run();
        // Which files of the previous output are intact depends on the output alone: found (one
        // look at each file's size and time, 33,000 at 10,000 articles) beside the content and
        // model stages, which leave a core idle most of the time.
        Beside<Map<String, String>> reuse = Beside.start("warraq-reuse", () -> previousOutput(options, theme, cacheDir, prefetch));
        ContentLoader.Content content;
        ModelBuilder.Result model;
        try {
            content = clock.time("content", () -> ContentLoader.load(options.sourceDir(), config, pages, progress));
            problems.addAll(content.problems());
            Problems.failOnErrors(problems);

            checkpoint.run();
            model = clock.time("model", () -> models.build(config, content.pages(), content.bundleFiles(), options.drafts()));
            problems.addAll(model.problems());
            Problems.failOnErrors(problems);
            checkpoint.run();
        } catch (RuntimeException | Error e) {
            reuse.awaitQuietly(); // it sets this pipeline's manifest: nothing of this build runs on after it ends
            throw e;
        }
        SourceHistory history = history(config, content);
        Map<String, String> intact = clock.record("reuse", reuse);
        checkpoint.run();
        boolean searchBeside = searchMayGoBesideLinks && searchBesideLinks(pages.parsed() - parsedBefore, model.site().articles().size());
        java.util.function.Function<Progress, SearchStage.Indexes> searching =
                p -> SearchStage.build(model.site(), messages, memo, intact, history, p, searchDocuments);
        var besideLinks = searchBeside ? Beside.start("warraq-search", () -> searching.apply(Progress.stoppable(Progress.NONE, stop)))
                : null;
        LinkedSite linked;
        try {
            linked = clock.time("links", () -> links.link(model.site(),
                    language -> Analyzers.forLanguage(language)::terms, new RememberedRelated(memo, CacheKeys.parse(config.rawHtml())),
                    history, progress));
            problems.addAll(linked.problems());
            if (stopAtErrors) {
                Problems.failOnErrors(problems);
            }
        } catch (RuntimeException | Error e) {
            if (besideLinks != null) {
                besideLinks.awaitQuietly(); // it shares the stage memo: nothing of this build runs on after it ends
            }
            throw e;
        }
        // Before rendering: the search page names the manifest, whose file name is a content hash.
        var search = besideLinks != null ? clock.record("search", besideLinks)
                : clock.time("search", () -> {
                    collectBeforeIndexing(model.site());
                    return searching.apply(progress);
                });
        problems.addAll(search.problems());
        Map<String, String> searchManifests = search.manifests();
        List<OutputFile> searchFiles = new ArrayList<>(search.files());
        List<String> searchPaths = searchFiles.stream().map(OutputFile::path).toList();
        search = null; // From here only searchFiles holds the index's bytes, and writing them empties it.
        checkpoint.run();
        Templates templates = new Templates(theme);
        ListOrders orders = orders(model.site());
        OutputWriter.Written written;
        Map<String, Map<String, Integer>> counts;
        // Pages are written as they are rendered; the new output replaces the old one only on commit.
        // The preview's output is a link to the version it serves, so it writes a new folder; where
        // its output is a real folder (the build an earlier session left), that is served by no one.
        boolean inPlace = !preview || !Files.isSymbolicLink(options.outputDir());
        // The preview's folders are its own, and so is the output of build --watch, which holds the
        // site's build lock while it runs: what one holds is known from the build that left it there
        // (a file someone puts there meanwhile stays until a build in another process).
        java.util.Set<String> holds = preview && inPlace ? writtenFolders.take(options.outputDir()) : null;
        OutputWriter.Session output = OutputWriter.open(options.outputDir(), options.sourceDir(), intact, inPlace,
                manifest.files(), holds);
        try (output) {
            var rendered = clock.time("render", () -> {
                // The index goes to disk first: at 10,000 articles it is some 80 MB that rendering need not hold.
                Parallel.forEach(searchFiles, output::add);
                searchFiles.clear();
                try {
                    return SiteRenderer.render(linked, templates, orders, messages, assets, searchManifests, intact,
                            content.hashes(), progress, output::add);
                } catch (Templates.TemplateFailure failure) {
                    // A theme's error is one of the sources' problems: reported with the others, where it is.
                    problems.add(failure.problem());
                    throw new BuildFailure(problems);
                }
            });
            problems.addAll(rendered.problems());
            if (stopAtErrors) {
                // Inspection (warraq check) finds these in the built pages, with the rest of what they link to.
                problems.addAll(SitePathLinks.check(linked.site(), () -> {
                    java.util.Set<String> files = new java.util.HashSet<>(rendered.paths());
                    files.addAll(searchPaths);
                    return files;
                }));
                Problems.failOnErrors(problems);
            }
            counts = counts(linked, rendered.paths());
            written = clock.time("output", () -> {
                Parallel.forEach(rendered.files(), output::add);
                return output.commit();
            });
        } catch (RuntimeException | Error e) {
            if (holds != null && output.outputUntouched()) {
                writtenFolders.wrote(options.outputDir(), holds); // stopped or failed before changing it
            }
            throw e;
        }
        if (preview) {
            writtenFolders.wrote(options.outputDir(), written.manifest().files().keySet());
        }
        java.util.Set<String> rewritten = java.util.Set.copyOf(forgotten);
        manifest = written.manifest().without(rewritten);
        forgotten.removeAll(rewritten);
        clock.time("save", () -> save(cacheDir, pages, changesBefore, memo));
        LastBuild last = !authorsOutput ? new LastBuild(options, templates, orders, messages, assets, linked.lean(), written.manifest().keys()) : null;
        return new Inspection(new BuildReport(counts, problems.stream().sorted(Problem.ORDER).toList(),
                clock.timings(), written.files(), (System.nanoTime() - start) / 1_000_000, written.reused(), last), linked);
    }

    /**
     * The order of the lists of {@code site}: those the last build worked out when its lists are
     * the same (sorting a 10,000-article home list again, with the other language's articles, took
     * 25 ms of the preview's refresh after an edit), or found afresh as they are needed.
     */
    private ListOrders orders(Site site) {
        boolean same = lastOrders != null && site.sameListsAs(lastOrders.site());
        // Kept with this site, not the one they were first made for: that would hold every edited article's first version.
        lastOrders = new OrdersOf(site, same ? lastOrders.orders() : new ListOrders());
        return lastOrders.orders();
    }

    /** List orders and the site they were worked out for. */
    private record OrdersOf(Site site, ListOrders orders) {
    }

    /**
     * The hashes of the sources read and, for articles that changed or were deleted since the
     * caches were made, the article they held.
     */
    private static SourceHistory history(SiteConfig config, ContentLoader.Content content) {
        return new SourceHistory(content.hashes(), articles(config, content.replaced()), articles(config, content.removed()));
    }

    /** The articles among {@code pages} (by source path), made as the build that parsed them made them. */
    private static Map<String, SourceHistory.Previous> articles(SiteConfig config, Map<String, ContentLoader.Replaced> pages) {
        Map<String, SourceHistory.Previous> articles = new java.util.HashMap<>();
        pages.forEach((path, replaced) -> {
            if (replaced.page().kind() == org.warraq.content.ContentKind.ARTICLE) {
                articles.put(path, new SourceHistory.Previous(replaced.hash(), ModelBuilder.articleOf(config, replaced.page())));
            }
        });
        return articles;
    }

    /**
     * Starts reading the caches on disk ({@link CachePrefetch}) when this pipeline holds none of
     * this source's: null for a pipeline that kept them from its last build, and for the preview,
     * whose builds all but the first find them in memory.
     */
    private CachePrefetch prefetch(BuildOptions options, Theme theme, Path cacheDir) {
        if (!authorsOutput || parseCache != null && source(cacheDir).equals(parseCacheSource)) {
            return null;
        }
        return CachePrefetch.start(cacheDir, CacheKeys.generator(), () -> manifestPath(options, theme, cacheDir), options.outputDir());
    }

    /** The site directory a cache folder belongs to, absolute: "--source ''" (the current directory) has a cache folder without a parent. */
    static Path source(Path cacheDir) {
        return cacheDir.toAbsolutePath().normalize().getParent();
    }

    /** The parse cache of this source: kept from the last build, or loaded from disk (or {@code prefetch}); the stage memo with it. */
    private ParseCache parseCache(Path cacheDir, SiteConfig config, CachePrefetch prefetch) {
        Path source = source(cacheDir);
        if (parseCache == null || !source.equals(parseCacheSource)) {
            parseCache = prefetch != null ? prefetch.pages() : ParseCache.load(cacheDir.resolve(PARSE_CACHE));
            stageMemo = prefetch != null ? prefetch.memo(CacheKeys.generator()) : StageMemo.load(cacheDir.resolve(STAGE_MEMO), CacheKeys.generator());
            parseCacheSource = source;
        }
        parseCache.useKey(CacheKeys.parse(config.rawHtml()));
        stageMemo.useKey(CacheKeys.generator());
        stageMemo.keepValues(preview); // its next build comes in the same process
        return parseCache;
    }

    /**
     * In a large site's full build (the search index made after the links stage, see
     * {@link #searchBesideLinks}), a full garbage collection before the index is made afresh. The
     * index holds some 180 MB at 10,000 articles until its files are written, on top of the model
     * and of what the content and links stages left in the old generation. Collected here, where
     * little is live, that took 0.14-0.27 s, and the build's full collections 0.42-0.59 s in all;
     * left to the collector, the old generation filled halfway through the stage, and full
     * collections with the index live took 1.0-1.9 s (bench/RESULTS.md, ninth session). Not in
     * the preview, whose JVM keeps its default, larger heap.
     */
    private void collectBeforeIndexing(Site site) {
        if (authorsOutput && site.articles().size() >= SEARCH_BESIDE_LINKS_BELOW_ARTICLES) {
            System.gc();
        }
    }

    /**
     * Whether the search index is made on a thread of its own beside the links stage, rather than
     * after it on all cores. Beside it, whenever the two working sets fit the launcher's 800 MiB
     * heap together: in a rebuild (few sources parsed again), where each stage is mostly one
     * core's work (the edited language's index updated; related lists ranked again) and the other
     * core sat idle (10k after one edit: 5.11 -> 4.68 s); and in any build of a site of fewer
     * articles than {@link #SEARCH_BESIDE_LINKS_BELOW_ARTICLES}, where neither stage kept both
     * cores busy (cold, interleaved pairs: 1,700 articles 4.38 -> 4.17 s, 5,094 articles 11.87 ->
     * 11.42 s, 10,200 articles 15.40 -> 14.58 s and 777 -> 881 MiB; bench/RESULTS.md, tenth
     * session). A large site's full build runs them one after the other: at 11,900 articles beside
     * was no faster (17.75 -> 17.95 s, 863 -> 911 MiB), at 17,000 slower (22.54 -> 24.25 s: a fresh
     * index and key-term analysis of every article do not fit the heap together).
     */
    static boolean searchBesideLinks(long sourcesParsedAgain, int articles) {
        return sourcesParsedAgain < SEARCH_BESIDE_LINKS_BELOW || articles < SEARCH_BESIDE_LINKS_BELOW_ARTICLES;
    }

    /** Fewer sources than this parsed again make a rebuild (the launcher's mark for a rebuild too): its search index is made beside the links stage. */
    static final int SEARCH_BESIDE_LINKS_BELOW = 500;

    /** A site of fewer articles than this (all languages) makes its search index beside the links stage in every build. */
    static final int SEARCH_BESIDE_LINKS_BELOW_ARTICLES = 12_000;

    /** The parse cache's file in the cache folder. */
    static final String PARSE_CACHE = "pages.bin";
    /** The stage memo's file in the cache folder. */
    static final String STAGE_MEMO = "stages.bin";

    /** Files of the previous output that are intact and were made under the same key: path → key. */
    private Map<String, String> previousOutput(BuildOptions options, Theme theme, Path cacheDir, CachePrefetch prefetch) {
        var read = prefetch != null && forgotten.isEmpty() ? prefetch.manifest() : java.util.Optional.<CachePrefetch.Manifest>empty();
        if (read.isPresent()) {
            manifestFile = read.get().file();
            manifest = read.get().file().manifest();
            return read.get().intact();
        }
        Path file = manifestPath(options, theme, cacheDir);
        ManifestFile known = manifestFile;
        if (known == null || !file.equals(known.path())) {
            known = ManifestFile.read(file);
            manifestFile = known;
            manifest = known.manifest();
        }
        return manifest.without(forgotten).intact(options.outputDir().toAbsolutePath().normalize());
    }

    /** The manifest of the output in {@code options}' folder made under the current key (site.yaml, templates …). */
    private static Path manifestPath(BuildOptions options, Theme theme, Path cacheDir) {
        String key = CacheKeys.output(options, theme);
        return cacheDir.resolve("output-" + CacheKeys.outputName(options.outputDir()) + "-" + key.substring(0, 16) + ".tsv");
    }

    /** Saves the caches for the next process; a cache that cannot be saved only costs time later. */
    private Void save(Path cacheDir, ParseCache pages, long changesBefore, StageMemo memo) {
        boolean pagesChanged = pages.changes() != changesBefore || !Files.exists(cacheDir.resolve(PARSE_CACHE));
        OutputManifest written = manifest;
        ManifestFile writtenFile = manifestFile;
        Runnable job = () -> {
            try {
                if (pagesChanged) {
                    pages.save(cacheDir.resolve(PARSE_CACHE));
                }
                memo.saveIfChanged(cacheDir.resolve(STAGE_MEMO));
                if (savesManifest) {
                    manifestFile = writtenFile.save(written);
                    removeOtherManifests(cacheDir, writtenFile.path());
                }
            } catch (IOException | UncheckedIOException e) {
                // Read-only source directory or full disk: the build itself succeeded.
            }
        };
        if (saver == null) {
            job.run();
        } else {
            saver.execute(job);
        }
        return null;
    }

    /** Removes manifests of this output folder made under an earlier key: they can never match again. */
    private static void removeOtherManifests(Path cacheDir, Path manifestFile) throws IOException {
        String name = manifestFile.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        try (var files = Files.list(cacheDir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith(prefix) && !n.equals(name)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static SiteConfig loadConfig(BuildOptions options, List<Problem> problems) {
        var loaded = SiteConfigLoader.load(options.sourceDir());
        problems.addAll(loaded.warnings());
        SiteConfig config = loaded.config();
        if (options.baseUrl() != null) {
            try {
                config = config.withBaseUrl(BaseUrl.parse(options.baseUrl()));
            } catch (IllegalArgumentException e) {
                throw new BuildFailure(List.of(Problem.error("--base-url", 0, 0, e.getMessage())));
            }
        }
        return config;
    }

    private static Map<String, Map<String, Integer>> counts(LinkedSite linked, List<String> paths) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Edition edition : linked.site().editionsInOrder()) {
            Map<String, Integer> c = new TreeMap<>();
            c.put("articles", edition.articles().size());
            c.put("topics", edition.topics().size());
            c.put("tags", edition.tags().size());
            c.put("pages", edition.pages().size());
            c.put("html", (int) paths.stream().filter(p -> p.startsWith(edition.code() + "/") && p.endsWith(".html")).count());
            counts.put(edition.code(), c);
        }
        return counts;
    }
}
