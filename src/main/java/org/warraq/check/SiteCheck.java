package org.warraq.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.warraq.build.BuildOptions;
import org.warraq.build.BuildPipeline;
import org.warraq.config.Language;
import org.warraq.links.LinkedSite;
import org.warraq.links.Permalinks;
import org.warraq.links.UrlTarget;
import org.warraq.model.PageId;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;

/**
 * {@code warraq check}: builds the site as {@code build} does (collecting every problem instead
 * of stopping at the first stage with errors), then checks the sources for completeness and the
 * built output for broken references, one-sided translations, images without alt text and
 * orphan pages; lists external links, or fetches them when asked.
 */
public final class SiteCheck {
    private SiteCheck() {
    }

    /** Runs every check; problems in the sources are findings, never exceptions. */
    public static CheckReport run(CheckOptions options) {
        Path scratch = null;
        try {
            Path output = options.outputDir();
            if (output == null) {
                scratch = Files.createTempDirectory("warraq-check-");
                output = scratch.resolve("site");
            }
            BuildPipeline.Inspection inspection;
            try {
                inspection = BuildPipeline.inspect(new BuildOptions(options.sourceDir(), output, options.baseUrl(), options.drafts()));
            } catch (BuildFailure failure) {
                return new CheckReport(failure.problems(), List.of(), 0);
            }
            return checkOutput(inspection, output, options.external());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    private static CheckReport checkOutput(BuildPipeline.Inspection inspection, Path output, ExternalOptions externalOptions) {
        LinkedSite linked = inspection.linked();
        BuiltSite built = BuiltSite.scan(output, linked.site().config().baseUrl());
        List<Problem> findings = new ArrayList<>(inspection.report().problems());
        findings.addAll(ContentCheck.check(linked.site()));
        Map<String, String> sources = sources(linked);
        findings.addAll(ReferenceCheck.check(built, sources));
        List<String> languages = linked.site().config().languages().stream().map(Language::code).toList();
        findings.addAll(TranslationCheck.check(built, languages));
        findings.addAll(ImageCheck.check(built));
        findings.addAll(ReachabilityCheck.check(built, languages, sources));
        List<ExternalLink> external = externalLinks(built);
        if (externalOptions.fetch()) {
            external = fetched(external, externalOptions);
            external.forEach(link -> findings.addAll(findingsOf(link)));
        }
        return new CheckReport(findings, external, built.pages().size());
    }

    /** Built HTML file → the content file it was made from. */
    private static Map<String, String> sources(LinkedSite linked) {
        Map<String, String> sources = new HashMap<>();
        Permalinks permalinks = linked.permalinks();
        linked.site().articles().values().forEach(a -> sources.put(file(permalinks, a.id()), a.source()));
        linked.site().pages().values().forEach(p -> sources.put(file(permalinks, p.id()), p.source()));
        linked.site().topics().values().stream().filter(t -> t.source() != null)
                .forEach(t -> sources.put(file(permalinks, t.id()), t.source()));
        return sources;
    }

    private static String file(Permalinks permalinks, PageId id) {
        return Permalinks.outputFile(permalinks.pathOf(id));
    }

    private static List<ExternalLink> externalLinks(BuiltSite built) {
        Map<String, List<ExternalLink.Place>> places = new TreeMap<>();
        for (ScannedPage page : built.inOrder()) {
            for (ScannedPage.Reference ref : page.references()) {
                if (built.targets().of(page.path(), ref.url()).kind() == UrlTarget.Kind.EXTERNAL) {
                    String url = ref.url().startsWith("//") ? "https:" + ref.url() : ref.url();
                    places.computeIfAbsent(url, k -> new ArrayList<>()).add(new ExternalLink.Place(page.path(), ref.line()));
                }
            }
        }
        return places.entrySet().stream().map(e -> new ExternalLink(e.getKey(), e.getValue(), null)).toList();
    }

    private static List<ExternalLink> fetched(List<ExternalLink> links, ExternalOptions options) {
        Map<String, ExternalLink.Outcome> outcomes = new ExternalFetcher(options)
                .fetchAll(links.stream().map(ExternalLink::url).toList());
        return links.stream().map(l -> new ExternalLink(l.url(), l.places(), outcomes.get(l.url()))).toList();
    }

    /** Dead links (404, 410) are errors; other failures may pass (rate limits, outages) and are warnings. */
    private static List<Problem> findingsOf(ExternalLink link) {
        ExternalLink.Outcome outcome = link.outcome();
        if (outcome.ok()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (ExternalLink.Place place : link.places()) {
            if (outcome.status() == 404 || outcome.status() == 410) {
                problems.add(Problem.error(place.path(), place.line(), 0, "external link " + link.url() + " is dead (HTTP "
                        + outcome.status() + ") — fix or remove it"));
            } else if (outcome.status() > 0) {
                problems.add(Problem.warning(place.path(), place.line(), 0, "external link " + link.url() + " answered HTTP "
                        + outcome.status() + " — check it by hand"));
            } else {
                problems.add(Problem.warning(place.path(), place.line(), 0, "external link " + link.url() + ": "
                        + outcome.error() + " — check it by hand"));
            }
        }
        return problems;
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A scratch directory left behind in the system's temp folder does no harm.
        }
    }
}
