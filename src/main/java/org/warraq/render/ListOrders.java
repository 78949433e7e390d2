package org.warraq.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.warraq.model.PageId;

/**
 * The order of each list of one build (home, topic lists, per language), worked out once. A
 * list's order depends only on which articles exist and their dates, topics and translations, so
 * the preview keeps these for its quick edits, which change none of that: sorting the 10,000
 * articles of a home list again would cost more than rendering the pages an edit changes.
 */
public final class ListOrders {
    private final Map<String, List<PageId>> orders = new ConcurrentHashMap<>();

    /** The order of list {@code key} ("ar home", "en topic iraq-syria"), computed on first use. */
    List<PageId> get(String key, Supplier<List<PageId>> order) {
        return orders.computeIfAbsent(key, k -> List.copyOf(order.get()));
    }
}
