package org.warraq.model;

/**
 * A topic in one language. {@code intro} and {@code source} are null when the language has no
 * {@code topics/<id>.md}: the page then exists, titled by the id.
 */
public record Topic(PageId id, String topicId, String title, String description,
        org.warraq.content.RenderedMarkdown intro, String source) {

    /** Whether the topic has its own content file in this language. */
    public boolean hasSource() {
        return source != null;
    }
}
