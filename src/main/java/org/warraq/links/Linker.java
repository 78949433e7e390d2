package org.warraq.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.problem.Problem;

/** The links stage: permalinks, resolved internal links, backlinks, related articles, neighbours. */
public final class Linker {
    private Linker() {
    }

    /** Links the site; {@code analyzers} gives the text analysis of each language (for related articles). */
    public static LinkedSite link(Site site, Function<String, Function<String, List<String>>> analyzers) {
        Permalinks permalinks = new Permalinks(site);
        InternalLinks internal = new InternalLinks(site, permalinks);
        Map<PageId, String> html = new HashMap<>();
        Map<PageId, TreeSet<PageId>> backlinks = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        // Resolved in parallel (each body on its own), gathered in source order for stable problem lists.
        List<Article> articles = site.articles().values().stream()
                .sorted(java.util.Comparator.comparing(Article::source)).toList();
        List<InternalLinks.Resolved> resolvedArticles = articles.parallelStream()
                .map(article -> internal.resolve(article.id(), article.source(), article.body())).toList();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            var resolved = resolvedArticles.get(i);
            html.put(article.id(), resolved.html());
            problems.addAll(resolved.problems());
            resolved.targets().forEach(target -> backlinks.computeIfAbsent(target, k -> new TreeSet<>()).add(article.id()));
        }
        site.topics().values().stream().filter(t -> t.intro() != null).forEach(topic -> {
            var resolved = internal.resolve(topic.id(), topic.source(), topic.intro());
            html.put(topic.id(), resolved.html());
            problems.addAll(resolved.problems());
        });
        site.pages().values().forEach(page -> {
            var resolved = internal.resolve(page.id(), page.source(), page.body());
            html.put(page.id(), resolved.html());
            problems.addAll(resolved.problems());
        });
        Map<PageId, List<PageId>> backlinkLists = new HashMap<>();
        backlinks.forEach((target, sources) -> {
            if (target.kind() == org.warraq.content.ContentKind.ARTICLE) {
                backlinkLists.put(target, sources.stream().sorted(java.util.Comparator
                        .comparing((PageId s) -> site.article(s).date()).reversed().thenComparing(PageId::name)).toList());
            }
        });
        var related = new RelatedArticles(analyzers).of(site, site.config().relatedCount());
        return new LinkedSite(site, permalinks, html, related, backlinkLists, Neighbours.of(site), problems);
    }
}
