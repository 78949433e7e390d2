package org.warraq.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.warraq.content.LinkRef;
import org.warraq.content.RenderedMarkdown;
import org.warraq.model.Site;
import org.warraq.problem.Problem;
import org.warraq.problem.Severity;

/**
 * Checks the links and images of content that name a path on the site's host ({@code /ar/articles/x/},
 * {@code /img/photo.jpg}, as Hugo users write them) against the files the build makes, once they
 * are all known: a link to nothing is reported at its place in the source, like a broken link to a
 * {@code .md} file, and one outside the base path (published under {@code /archive/}, linked as
 * {@code /img/x.png}) says what to write instead.
 */
public final class SitePathLinks {
    private SitePathLinks() {
    }

    /**
     * The problems of every body's site-path links; {@code files}: every file of the output,
     * '/'-separated, names decoded, asked for only when some body has such links (few sites do,
     * and a large site's output is 33,000 files).
     */
    public static List<Problem> check(Site site, Supplier<Set<String>> files) {
        List<Source> sources = bodies(site).toList();
        if (sources.isEmpty()) {
            return List.of();
        }
        UrlTargets targets = new UrlTargets(site.config().baseUrl(), files.get());
        List<Problem> problems = new ArrayList<>();
        sources.forEach(source -> problems.addAll(check(site, source, targets)));
        return problems;
    }

    /**
     * The problems of one body's site-path links (the preview applying an edit to the build it
     * serves, whose files are {@code files}): none when it has no such links, without a look at them.
     */
    public static List<Problem> check(Site site, String sourcePath, RenderedMarkdown body, Set<String> files) {
        return body.sitePathLinks().isEmpty() ? List.of()
                : check(site, new Source(sourcePath, body.sitePathLinks()), new UrlTargets(site.config().baseUrl(), files));
    }

    private static List<Problem> check(Site site, Source source, UrlTargets targets) {
        Severity severity = site.config().brokenLinksAreErrors() ? Severity.ERROR : Severity.WARNING;
        List<Problem> problems = new ArrayList<>();
        for (LinkRef link : source.links()) {
            String problem = problem(targets, link, site.config().baseUrl().path());
            if (problem != null) {
                problems.add(new Problem(severity, source.path(), link.line(), link.column(), problem));
            }
        }
        return problems;
    }

    /** A content file's site-path links, as written and where. */
    private record Source(String path, List<LinkRef> links) {
    }

    /** Every content file of the site with site-path links (an article's images: too), in source order. */
    private static Stream<Source> bodies(Site site) {
        return Stream.of(
                site.articles().values().stream().map(a -> new Source(a.source(), articleLinks(a))),
                site.topics().values().stream().filter(t -> t.intro() != null)
                        .map(t -> new Source(t.source(), t.intro().sitePathLinks())),
                site.pages().values().stream().map(p -> new Source(p.source(), p.body().sitePathLinks())))
                .flatMap(s -> s).filter(s -> !s.links().isEmpty())
                .sorted(Comparator.comparing(Source::path));
    }

    /** An article's body's site-path links, then those of its images:. */
    private static List<LinkRef> articleLinks(org.warraq.model.Article article) {
        List<LinkRef> images = article.images().isEmpty() ? List.of()
                : article.images().stream().filter(i -> i.target().startsWith("/")).toList();
        if (images.isEmpty()) {
            return article.body().sitePathLinks();
        }
        List<LinkRef> links = new ArrayList<>(article.body().sitePathLinks());
        links.addAll(images);
        return links;
    }

    private static String problem(UrlTargets targets, LinkRef link, String basePath) {
        UrlTarget target = targets.of("", link.target());
        String what = link.named();
        return switch (target.kind()) {
            case OUTSIDE -> what + " is outside the site's base path " + basePath + " — write " + basePath
                    + link.target().substring(1);
            case INTERNAL -> target.file() != null ? null : what + ": the site has no such " + (link.image() ? "file" : "page or file")
                    + " — check the path" + (link.image() ? ", or add the file to static/" : "");
            case IGNORED, EXTERNAL -> null;
        };
    }
}
