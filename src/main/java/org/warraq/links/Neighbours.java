package org.warraq.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warraq.model.Edition;
import org.warraq.model.PageId;
import org.warraq.model.Site;

/** Previous and next article within each topic, by date (older is "previous"). */
public final class Neighbours {
    private Neighbours() {
    }

    /** Article → its neighbours in each of its topics, in the article's topic order. */
    public static Map<PageId, List<TopicNeighbours>> of(Site site) {
        Map<PageId, List<TopicNeighbours>> result = new HashMap<>();
        for (Edition edition : site.editions().values()) {
            for (var entry : edition.articlesByTopic().entrySet()) {
                List<PageId> newestFirst = entry.getValue();
                for (int i = 0; i < newestFirst.size(); i++) {
                    PageId older = i + 1 < newestFirst.size() ? newestFirst.get(i + 1) : null;
                    PageId newer = i > 0 ? newestFirst.get(i - 1) : null;
                    result.computeIfAbsent(newestFirst.get(i), k -> new ArrayList<>())
                            .add(new TopicNeighbours(entry.getKey(), older, newer));
                }
            }
        }
        result.replaceAll((id, list) -> {
            List<String> order = site.article(id).topics();
            return list.stream().sorted(java.util.Comparator.comparingInt(n -> order.indexOf(n.topicId()))).toList();
        });
        return result;
    }
}
