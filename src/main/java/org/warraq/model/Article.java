package org.warraq.model;

import java.util.List;
import java.util.Objects;
import org.warraq.content.ContentDate;
import org.warraq.content.FrontMatter;
import org.warraq.content.LinkRef;
import org.warraq.content.RenderedMarkdown;

/**
 * An article of one language, ready for linking and rendering.
 *
 * @param source  path of the Markdown file (for messages)
 * @param slug    URL segment (not yet percent-encoded)
 * @param updated last substantive change, or null
 * @param topics  topic ids, as in front matter
 * @param tags    tags, as in front matter
 * @param aliases old addresses of the article, paths from the site's root as written ("/2010/old/"),
 *                each published as a page that sends the reader on
 * @param images  pictures for link previews ({@code images:}), as written and where
 */
public record Article(PageId id, String source, String title, ContentDate date, ContentDate updated, String slug,
        String author, FrontMatter.Source origin, List<String> topics, List<Tag> tags, String summary, boolean draft,
        RenderedMarkdown body, int titleLine, List<String> aliases, List<LinkRef> images) {
    public Article {
        Objects.requireNonNull(id, "id");
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        images = List.copyOf(images);
    }

    /**
     * Newest first; ties by name so the order never depends on the file system: an edition's
     * articles, the tie-break of related lists, backlinks. Written out rather than chained
     * ({@code comparing(Article::date).reversed().thenComparing(…)}): a rebuild runs code compiled
     * by C1, which does not inline such a chain's lambdas, and sorts 17,000 articles with it.
     */
    public static final java.util.Comparator<Article> NEWEST_FIRST = (a, b) -> {
        int byDate = b.date().compareTo(a.date());
        return byDate != 0 ? byDate : a.id().name().compareTo(b.id().name());
    };

    /**
     * Words in the body, counted on whitespace (space, tab, line and page breaks): what reading
     * time is based on. Counted in place: splitting every body into an array of words took a
     * third of building the article views at 17,000 articles.
     */
    public int wordCount() {
        String text = body.plainText();
        int start = 0;
        int end = text.length();
        // As strip() would: whitespace of any kind at either end is not a word.
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // Between words, only what the regex \s matches separates them.
            boolean separator = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!separator && !inWord) {
                words++;
            }
            inWord = !separator;
        }
        return words;
    }
}
