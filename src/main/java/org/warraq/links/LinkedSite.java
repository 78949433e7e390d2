package org.warraq.links;

import java.util.List;
import java.util.Map;
import org.warraq.model.Article;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.problem.Problem;

/**
 * The site with every relation between pages worked out.
 *
 * @param html       final body HTML of each page (internal links resolved); articles' resolved when first asked for
 * @param related    article → most related articles in its language, best first
 * @param backlinks  article → articles that link to it
 * @param neighbours article → previous/next within each of its topics
 */
public record LinkedSite(Site site, Permalinks permalinks, Map<PageId, String> html, Map<PageId, List<PageId>> related,
        Map<PageId, List<PageId>> backlinks, Map<PageId, List<TopicNeighbours>> neighbours, List<Problem> problems) {
    public LinkedSite {
        // A lazily resolved map (every build's articles) is immutable in effect: it fills itself.
        html = html instanceof LazyHtml ? html : Map.copyOf(html);
        related = Map.copyOf(related);
        backlinks = Map.copyOf(backlinks);
        neighbours = Map.copyOf(neighbours);
        problems = List.copyOf(problems);
    }

    /**
     * Where the links of {@code article}'s body lead (in {@link InternalLinks#check}'s order,
     * {@code #} for a broken one), then its {@code images:}: with the article's body, they decide
     * its resolved HTML.
     */
    public List<String> linkUrls(PageId article) {
        if (html instanceof LazyHtml lazy) {
            return lazy.urls(article);
        }
        return new InternalLinks(site, permalinks).check(site.article(article)).urls();
    }

    /**
     * The absolute addresses of {@code article}'s {@code images:}, in the order written, those that
     * resolved: what a link preview shows.
     */
    public List<String> imageUrls(PageId article) {
        Article a = site.article(article);
        if (a.images().isEmpty()) {
            return List.of();
        }
        List<String> urls = linkUrls(article);
        return urls.subList(urls.size() - a.images().size(), urls.size()).stream().filter(url -> !url.equals("#"))
                .map(url -> url.startsWith("/") ? permalinks.baseUrl().origin() + url : url).toList();
    }

    /**
     * This linked site without its resolved bodies, which are resolved again when asked for: what a
     * long-lived holder (the preview, between builds) keeps, since the bodies of a large site take
     * hundreds of megabytes and an edit needs a handful of them.
     */
    public LinkedSite lean() {
        return new LinkedSite(site, permalinks, new LazyHtml(site, new InternalLinks(site, permalinks), Map.of(), Map.of()), related,
                backlinks, neighbours, problems);
    }
}
