package org.warraq.content;

import java.util.List;

/**
 * A Markdown body turned into HTML, plus what later stages need from it.
 *
 * @param html       the HTML, with {@link LinkRef#placeholder()} markers for internal links
 * @param headings   headings in document order, with their ids
 * @param links      internal links still to resolve
 * @param externalLinks absolute http(s) URLs linked from the body, in order
 * @param plainText  the text without markup (for search, related articles, reading time)
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<LinkRef> links, List<String> externalLinks,
        String plainText) {
    public RenderedMarkdown {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        externalLinks = List.copyOf(externalLinks);
    }
}
