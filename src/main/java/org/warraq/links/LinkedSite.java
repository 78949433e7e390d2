package org.warraq.links;

import java.util.List;
import java.util.Map;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.problem.Problem;

/**
 * The site with every relation between pages worked out.
 *
 * @param html       final body HTML of each page (internal links resolved)
 * @param related    article → most related articles in its language, best first
 * @param backlinks  article → articles that link to it
 * @param neighbours article → previous/next within each of its topics
 */
public record LinkedSite(Site site, Permalinks permalinks, Map<PageId, String> html, Map<PageId, List<PageId>> related,
        Map<PageId, List<PageId>> backlinks, Map<PageId, List<TopicNeighbours>> neighbours, List<Problem> problems) {
    public LinkedSite {
        html = Map.copyOf(html);
        related = Map.copyOf(related);
        backlinks = Map.copyOf(backlinks);
        neighbours = Map.copyOf(neighbours);
        problems = List.copyOf(problems);
    }
}
