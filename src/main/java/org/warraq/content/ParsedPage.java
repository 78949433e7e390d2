package org.warraq.content;

import java.util.Objects;

/**
 * A content file fully read: where it came from, its typed front matter, and its rendered body.
 *
 * @param path        source path relative to the site directory
 * @param language    language folder
 * @param kind        article, topic or page
 * @param name        file name without ".md"
 * @param frontMatter typed front matter ({@link FrontMatter.Article} for articles, …)
 * @param body        the rendered Markdown body
 * @param titleLine   line of the {@code title:} key, for messages about the title
 * @param slugLine    line of the {@code slug:} key, for messages about the output path; 0 without one
 * @param images      an article's {@code images:} (pictures for link previews), each where it is written
 */
public record ParsedPage(String path, String language, ContentKind kind, String name, FrontMatter frontMatter,
        RenderedMarkdown body, int titleLine, int slugLine, java.util.List<LinkRef> images) {
    public ParsedPage {
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        images = java.util.List.copyOf(images);
    }

    /** A page without {@code images:}. */
    public ParsedPage(String path, String language, ContentKind kind, String name, FrontMatter frontMatter,
            RenderedMarkdown body, int titleLine, int slugLine) {
        this(path, language, kind, name, frontMatter, body, titleLine, slugLine, java.util.List.of());
    }
}
