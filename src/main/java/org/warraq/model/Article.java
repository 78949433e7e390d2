package org.warraq.model;

import java.util.List;
import java.util.Objects;
import org.warraq.content.ContentDate;
import org.warraq.content.FrontMatter;
import org.warraq.content.RenderedMarkdown;

/**
 * An article of one language, ready for linking and rendering.
 *
 * @param source  path of the Markdown file (for messages)
 * @param slug    URL segment (not yet percent-encoded)
 * @param updated last substantive change, or null
 * @param topics  topic ids, as in front matter
 * @param tags    tags, as in front matter
 */
public record Article(PageId id, String source, String title, ContentDate date, ContentDate updated, String slug,
        String author, FrontMatter.Source origin, List<String> topics, List<Tag> tags, String summary, boolean draft,
        RenderedMarkdown body, int titleLine) {
    public Article {
        Objects.requireNonNull(id, "id");
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
    }

    /** Words in the body, counted on whitespace: what reading time is based on. */
    public int wordCount() {
        String text = body.plainText().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
