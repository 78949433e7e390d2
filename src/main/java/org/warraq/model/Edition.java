package org.warraq.model;

import java.util.List;
import java.util.Map;
import org.warraq.config.Language;

/**
 * Everything one language publishes.
 *
 * @param articles         articles newest first
 * @param topics           topics in configured order, then the others by id
 * @param articlesByTopic  topic id → articles newest first
 * @param tags             tags by key
 * @param articlesByTag    tag key → articles newest first
 * @param pages            standalone pages by name
 */
public record Edition(Language language, List<PageId> articles, List<Topic> topics,
        Map<String, List<PageId>> articlesByTopic, List<Tag> tags, Map<String, List<PageId>> articlesByTag,
        List<PageId> pages) {
    public Edition {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        articlesByTopic = Map.copyOf(articlesByTopic);
        tags = List.copyOf(tags);
        articlesByTag = Map.copyOf(articlesByTag);
        pages = List.copyOf(pages);
    }

    public String code() {
        return language.code();
    }
}
