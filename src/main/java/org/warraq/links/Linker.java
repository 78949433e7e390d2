package org.warraq.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.parallel.Parallel;
import org.warraq.problem.Problem;

/** The links stage: permalinks, resolved internal links, backlinks, related articles, neighbours. */
public final class Linker {
    private Linker() {
    }

    /**
     * Links the site; {@code analyzers} gives the text analysis of each language (for related
     * articles), {@code related} may hold a language's related lists from an earlier build,
     * {@code history} which articles changed since then, {@code progress} hears of each article's
     * links resolved and its related list done.
     */
    public static LinkedSite link(Site site, Function<String, Function<String, List<String>>> analyzers,
            RelatedArticles.Memo related, SourceHistory history, org.warraq.problem.Progress progress) {
        Permalinks permalinks = new Permalinks(site);
        InternalLinks internal = new InternalLinks(site, permalinks);
        Map<PageId, String> html = new HashMap<>();
        Map<PageId, TreeSet<PageId>> backlinks = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        // Resolved in parallel (each body on its own), gathered in source order for stable problem lists.
        List<Article> articles = site.articles().values().stream()
                .sorted(java.util.Comparator.comparing(Article::source)).toList();
        progress.start("links", articles.size());
        // Checked, not resolved: an article's HTML is made when its page is rendered (see LazyHtml),
        // which a rebuild does for a few pages, not for every article.
        List<InternalLinks.Checked> checkedArticles = Parallel.map(articles, article -> {
            var checked = internal.check(article);
            progress.advance();
            return checked;
        });
        progress.finish();
        Map<PageId, List<String>> urls = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            var checked = checkedArticles.get(i);
            urls.put(article.id(), checked.urls());
            problems.addAll(checked.problems());
            checked.targets().forEach(target -> backlinks.computeIfAbsent(target, k -> new TreeSet<>()).add(article.id()));
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
        var relatedLists = new RelatedArticles(analyzers, related).of(site, site.config().relatedCount(), history, progress);
        return new LinkedSite(site, permalinks, new LazyHtml(site, internal, html, urls), relatedLists, backlinkLists(site, backlinks),
                Neighbours.of(site), problems);
    }

    /** Article → the articles linking to it, newest first. */
    private static Map<PageId, List<PageId>> backlinkLists(Site site, Map<PageId, ? extends java.util.Collection<PageId>> backlinks) {
        Map<PageId, List<PageId>> lists = new HashMap<>();
        backlinks.forEach((target, sources) -> {
            if (target.kind() == org.warraq.content.ContentKind.ARTICLE && !sources.isEmpty()) {
                lists.put(target, sources.stream()
                        .sorted((a, b) -> Article.NEWEST_FIRST.compare(site.article(a), site.article(b))).toList());
            }
        });
        return lists;
    }

    /** The links after one article's edit: see {@link #relink}. */
    public record Relinked(LinkedSite linked, Set<PageId> backlinksChanged) {
    }

    /**
     * The links of {@code after}, a site in which only {@code edited} changed and kept its address,
     * date, topics and tags (see ModelBuilder.withEditedArticle): its own links are resolved again
     * and the backlinks they add or drop updated; every other body is resolved when first asked
     * for. Neighbours cannot have changed. Related articles are carried over from {@code before}:
     * they depend on the words of every article in the language, and the next full build brings
     * them up to date. Empty when the edit needs a full link: its headings changed (links into it
     * may break) or its own links have problems (the full build reports them).
     */
    public static java.util.Optional<Relinked> relink(LinkedSite before, Site after, PageId edited) {
        Article old = before.site().article(edited);
        Article now = after.article(edited);
        if (!old.body().headings().stream().map(h -> h.id()).toList()
                .equals(now.body().headings().stream().map(h -> h.id()).toList())) {
            return java.util.Optional.empty();
        }
        Permalinks permalinks = new Permalinks(after);
        InternalLinks internal = new InternalLinks(after, permalinks);
        var resolved = internal.resolve(edited, now.source(), now.body());
        if (!resolved.problems().isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<PageId> oldTargets = targets(before, edited);
        Set<PageId> changed = new java.util.TreeSet<>(oldTargets);
        changed.addAll(resolved.targets());
        // Only articles list their backlinks.
        changed.removeIf(target -> target.kind() != org.warraq.content.ContentKind.ARTICLE
                || oldTargets.contains(target) == resolved.targets().contains(target));
        Map<PageId, List<PageId>> backlinks = before.backlinks();
        if (!changed.isEmpty()) {
            Map<PageId, Set<PageId>> sources = new HashMap<>();
            for (PageId target : changed) {
                Set<PageId> set = new java.util.HashSet<>(before.backlinks().getOrDefault(target, List.of()));
                if (resolved.targets().contains(target)) {
                    set.add(edited);
                } else {
                    set.remove(edited);
                }
                sources.put(target, set);
            }
            Map<PageId, List<PageId>> updated = new HashMap<>(before.backlinks());
            changed.forEach(updated::remove);
            updated.putAll(backlinkLists(after, sources));
            backlinks = updated;
        }
        LazyHtml html = new LazyHtml(after, internal, Map.of(edited, resolved.html()), Map.of());
        return java.util.Optional.of(new Relinked(new LinkedSite(after, permalinks, html, before.related(), backlinks,
                before.neighbours(), List.of()), changed));
    }

    /**
     * The articles whose pages show {@code id}'s title (and card): its neighbours in its topics,
     * those listing it as related, and those it links to (they list it among their backlinks).
     */
    public static Set<PageId> showing(LinkedSite linked, PageId id) {
        Set<PageId> found = new java.util.TreeSet<>();
        linked.neighbours().getOrDefault(id, List.of()).forEach(n -> {
            if (n.previous() != null) {
                found.add(n.previous());
            }
            if (n.next() != null) {
                found.add(n.next());
            }
        });
        linked.related().forEach((article, related) -> {
            if (related.contains(id)) {
                found.add(article);
            }
        });
        found.addAll(targets(linked, id));
        return found;
    }

    /** The articles {@code id} links to, read back from their backlinks. */
    private static Set<PageId> targets(LinkedSite linked, PageId id) {
        Set<PageId> targets = new java.util.TreeSet<>();
        linked.backlinks().forEach((target, sources) -> {
            if (sources.contains(id)) {
                targets.add(target);
            }
        });
        return targets;
    }
}
