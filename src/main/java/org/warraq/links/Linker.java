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
        return link(site, analyzers, related, history, progress, null).linked();
    }

    /**
     * What the links stage found in each page of a site: what the next build of it can start from
     * (see {@link RememberedLinks}).
     *
     * @param inSourceOrder the site's articles by source path: the order their problems are told in
     * @param checks        each article's links checked
     * @param others        topics' and pages' bodies resolved
     * @param otherProblems what their links have wrong
     */
    record Checks(Site site, List<PageId> inSourceOrder, Map<PageId, InternalLinks.Checked> checks,
            Map<PageId, String> others, List<Problem> otherProblems, Map<PageId, List<PageId>> backlinks,
            Map<PageId, List<TopicNeighbours>> neighbours) {
    }

    /** A linked site and the checks it was made from. */
    record Linked(LinkedSite linked, Checks checks) {
    }

    /**
     * Links the site as {@link #link(Site, Function, RelatedArticles.Memo, SourceHistory,
     * org.warraq.problem.Progress)} does, starting from {@code before}, the checks of an earlier
     * build, when it can (see {@link #edited}): only the links of articles edited since are
     * checked again, and backlinks updated where those changed.
     */
    static Linked link(Site site, Function<String, Function<String, List<String>>> analyzers,
            RelatedArticles.Memo related, SourceHistory history, org.warraq.problem.Progress progress, Checks before) {
        Permalinks permalinks = new Permalinks(site);
        InternalLinks internal = new InternalLinks(site, permalinks);
        Set<PageId> edited = before == null ? null : edited(before.site(), site);
        Checks checks = edited == null ? checkAll(site, internal, progress) : checkAgain(before, site, internal, edited);
        Map<PageId, List<String>> urls = new HashMap<>(checks.checks().size() * 2);
        List<Problem> problems = new ArrayList<>();
        for (PageId id : checks.inSourceOrder()) {
            var checked = checks.checks().get(id);
            urls.put(id, checked.urls());
            problems.addAll(checked.problems());
        }
        problems.addAll(checks.otherProblems());
        var relatedLists = new RelatedArticles(analyzers, related).of(site, site.config().relatedCount(), history, progress);
        return new Linked(new LinkedSite(site, permalinks, new LazyHtml(site, internal, checks.others(), urls), relatedLists,
                checks.backlinks(), checks.neighbours(), problems), checks);
    }

    /** Checks every page's links. */
    private static Checks checkAll(Site site, InternalLinks internal, org.warraq.problem.Progress progress) {
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
        Map<PageId, InternalLinks.Checked> checks = new HashMap<>(articles.size() * 2);
        Map<PageId, TreeSet<PageId>> backlinks = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            var checked = checkedArticles.get(i);
            checks.put(article.id(), checked);
            checked.targets().forEach(target -> backlinks.computeIfAbsent(target, k -> new TreeSet<>()).add(article.id()));
        }
        Map<PageId, String> html = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
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
        return new Checks(site, articles.stream().map(Article::id).toList(), checks, html, problems,
                backlinkLists(site, backlinks), Neighbours.of(site));
    }

    /**
     * The articles of {@code site} edited since {@code before} in ways that change nothing another
     * page's links, backlinks or neighbours depend on: the same lists ({@link Site#sameListsAs}),
     * the articles at the same addresses with the same headings (links into them name their ids),
     * the same topics, pages and bundle files. Null when there is any other change: then every page
     * is checked again.
     */
    static Set<PageId> edited(Site before, Site site) {
        if (!site.sameListsAs(before) || !before.topics().equals(site.topics()) || !before.pages().equals(site.pages())
                || !before.resources().equals(site.resources())) {
            return null;
        }
        Set<PageId> edited = new java.util.HashSet<>();
        for (Article now : site.articles().values()) {
            Article was = before.article(now.id());
            if (was == now || now.equals(was)) {
                continue;
            }
            if (!was.source().equals(now.source()) || !was.slug().equals(now.slug())
                    || !headingIds(was).equals(headingIds(now))) {
                return null;
            }
            edited.add(now.id());
            if (edited.size() > MOST_EDITED) {
                return null;
            }
        }
        return edited;
    }

    /** More edited articles than this are checked with all others, on all cores. */
    static final int MOST_EDITED = 64;

    private static List<String> headingIds(Article article) {
        return article.body().headings().stream().map(h -> h.id()).toList();
    }

    /** {@code before}'s checks with those of the {@code edited} articles made again, and the backlinks their links changed. */
    private static Checks checkAgain(Checks before, Site site, InternalLinks internal, Set<PageId> edited) {
        if (edited.isEmpty()) {
            return new Checks(site, before.inSourceOrder(), before.checks(), before.others(), before.otherProblems(),
                    before.backlinks(), before.neighbours());
        }
        Map<PageId, InternalLinks.Checked> checks = new HashMap<>(before.checks());
        Map<PageId, Set<PageId>> sources = new HashMap<>();
        for (PageId id : new TreeSet<>(edited)) {
            var checked = internal.check(site.article(id));
            Set<PageId> then = before.checks().get(id).targets();
            checks.put(id, checked);
            Set<PageId> changed = new TreeSet<>(then);
            changed.addAll(checked.targets());
            changed.removeIf(target -> then.contains(target) == checked.targets().contains(target));
            for (PageId target : changed) {
                Set<PageId> linking = sources.computeIfAbsent(target,
                        t -> new TreeSet<>(before.backlinks().getOrDefault(t, List.of()))); // the full check's order, for ties
                if (checked.targets().contains(target)) {
                    linking.add(id);
                } else {
                    linking.remove(id);
                }
            }
        }
        Map<PageId, List<PageId>> backlinks = before.backlinks();
        if (!sources.isEmpty()) {
            backlinks = new HashMap<>(before.backlinks());
            sources.keySet().forEach(backlinks::remove);
            backlinks.putAll(backlinkLists(site, sources));
        }
        return new Checks(site, before.inSourceOrder(), checks, before.others(), before.otherProblems(), backlinks,
                before.neighbours());
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
