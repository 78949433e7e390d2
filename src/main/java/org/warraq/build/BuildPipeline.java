package org.warraq.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.config.BaseUrl;
import org.warraq.config.SiteConfig;
import org.warraq.config.SiteConfigLoader;
import org.warraq.content.ContentLoader;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.links.Linker;
import org.warraq.model.Edition;
import org.warraq.model.ModelBuilder;
import org.warraq.model.OutputFile;
import org.warraq.output.OutputWriter;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;
import org.warraq.problem.Problems;
import org.warraq.render.SiteRenderer;
import org.warraq.theme.Assets;
import org.warraq.text.Analyzers;
import org.warraq.theme.Theme;

/**
 * The one place where the order of the stages is visible. Each stage is timed; problems from
 * all stages are collected, and the build stops before writing anything if any is an error.
 */
public final class BuildPipeline {
    private BuildPipeline() {
    }

    /** Builds the site; throws {@link BuildFailure} with every problem if the sources have errors. */
    public static BuildReport run(BuildOptions options) {
        return execute(options, true).report();
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
        return execute(options, false);
    }

    private static Inspection execute(BuildOptions options, boolean stopAtErrors) {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        List<Problem> problems = new ArrayList<>();

        SiteConfig config = clock.time("config", () -> loadConfig(options, problems));
        Theme theme = Theme.of(options.sourceDir());
        MessageCatalog messages = clock.time("theme", () -> {
            var loaded = MessageCatalog.load(theme, config);
            problems.addAll(loaded.problems());
            return loaded.catalog();
        });
        Assets assets = clock.time("static", () -> Assets.of(theme.staticFiles()));
        var content = clock.time("content", () -> ContentLoader.load(options.sourceDir(), config));
        problems.addAll(content.problems());
        Problems.failOnErrors(problems);

        var model = clock.time("model", () -> ModelBuilder.build(config, content.pages(), options.drafts()));
        problems.addAll(model.problems());
        Problems.failOnErrors(problems);

        LinkedSite linked = clock.time("links", () -> Linker.link(model.site(),
                language -> Analyzers.forLanguage(language)::terms));
        problems.addAll(linked.problems());
        if (stopAtErrors) {
            Problems.failOnErrors(problems);
        }

        // Before rendering: the search page names the manifest, whose file name is a content hash.
        var search = clock.time("search", () -> SearchStage.build(linked, messages));
        problems.addAll(search.problems());
        var rendered = clock.time("render", () -> SiteRenderer.render(linked, theme, messages, assets, search.manifests()));
        problems.addAll(rendered.problems());
        if (stopAtErrors) {
            Problems.failOnErrors(problems);
        }

        List<OutputFile> files = new ArrayList<>(rendered.files());
        files.addAll(search.files());
        int written = clock.time("output", () -> OutputWriter.write(options.outputDir(), options.sourceDir(), files));
        return new Inspection(new BuildReport(counts(linked, rendered.files()), problems.stream().sorted(Problem.ORDER).toList(),
                clock.timings(), written, (System.nanoTime() - start) / 1_000_000), linked);
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

    private static Map<String, Map<String, Integer>> counts(LinkedSite linked, List<OutputFile> files) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Edition edition : linked.site().editionsInOrder()) {
            Map<String, Integer> c = new TreeMap<>();
            c.put("articles", edition.articles().size());
            c.put("topics", edition.topics().size());
            c.put("tags", edition.tags().size());
            c.put("pages", edition.pages().size());
            c.put("html", (int) files.stream().filter(f -> f.path().startsWith(edition.code() + "/") && f.path().endsWith(".html")).count());
            counts.put(edition.code(), c);
        }
        return counts;
    }
}
