package org.warraq.links;

import org.warraq.model.PageId;

/** The articles before and after one article within a topic, by date; either may be null. */
public record TopicNeighbours(String topicId, PageId previous, PageId next) {
}
