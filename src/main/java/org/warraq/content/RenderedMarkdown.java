package org.warraq.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A Markdown body turned into HTML, plus what later stages need from it. The HTML and the plain
 * text of a body read back from the parse cache stay undecoded bytes until asked for (see
 * {@link Utf8Slice}); otherwise this is a plain value, equal to any with the same content.
 */
public final class RenderedMarkdown {
    /** A String, or a {@link Utf8Slice} not decoded yet. */
    private final Object html;
    private final List<Heading> headings;
    private final List<LinkRef> links;
    private final List<String> externalLinks;
    /** Links and images left without their URL because it could run code (see {@link UrlSafety}). */
    private final List<LinkRef> refusedLinks;
    /** Links and images to paths of the site's host ("/img/x.png"), kept as written and checked once the site is built. */
    private final List<LinkRef> sitePathLinks;
    private final Object plainText;
    /** {@link #plainTextDigest()}: as read from the parse cache, or worked out on first use. */
    private volatile String plainTextDigest;

    /**
     * @param html          the HTML, with {@link LinkRef#placeholder()} markers for internal links
     * @param headings      headings in document order, with their ids
     * @param links         internal links still to resolve
     * @param externalLinks absolute http(s) URLs linked from the body, in order
     * @param plainText     the text without markup (for search, related articles, reading time)
     */
    public RenderedMarkdown(String html, List<Heading> headings, List<LinkRef> links, List<String> externalLinks,
            String plainText) {
        this((Object) html, headings, links, externalLinks, List.of(), List.of(), plainText, null);
    }

    /** As above, with the links whose URLs were left out because they could run code ({@link #refusedLinks}). */
    public RenderedMarkdown(String html, List<Heading> headings, List<LinkRef> links, List<String> externalLinks,
            List<LinkRef> refusedLinks, String plainText) {
        this((Object) html, headings, links, externalLinks, refusedLinks, List.of(), plainText, null);
    }

    /** As above, with the links to paths of the site's host ({@link #sitePathLinks}). */
    public RenderedMarkdown(String html, List<Heading> headings, List<LinkRef> links, List<String> externalLinks,
            List<LinkRef> refusedLinks, List<LinkRef> sitePathLinks, String plainText) {
        this((Object) html, headings, links, externalLinks, refusedLinks, sitePathLinks, plainText, null);
    }

    /** A body whose HTML and plain text are each a String or a {@link Utf8Slice}. */
    RenderedMarkdown(Object html, List<Heading> headings, List<LinkRef> links, List<String> externalLinks,
            List<LinkRef> refusedLinks, List<LinkRef> sitePathLinks, Object plainText, String plainTextDigest) {
        this.html = html;
        this.headings = List.copyOf(headings);
        this.links = List.copyOf(links);
        this.externalLinks = List.copyOf(externalLinks);
        this.refusedLinks = List.copyOf(refusedLinks);
        this.sitePathLinks = List.copyOf(sitePathLinks);
        this.plainText = plainText;
        this.plainTextDigest = plainTextDigest;
    }

    /** The HTML, with {@link LinkRef#placeholder()} markers for internal links. */
    public String html() {
        return text(html);
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<LinkRef> links() {
        return links;
    }

    public List<String> externalLinks() {
        return externalLinks;
    }

    /**
     * Links and images whose URL was left out of the HTML because it could run code in a reader's
     * browser ({@code javascript:}, {@code data:} outside images …): their targets as written and
     * where; the author is told, since the text shows no link.
     */
    public List<LinkRef> refusedLinks() {
        return refusedLinks;
    }

    /**
     * Links and images whose URL is a path on the site's host ({@code /ar/articles/x/},
     * {@code /img/photo.jpg}), as written and where: kept in the HTML as they are, and checked
     * against the files the build makes once they are all known.
     */
    public List<LinkRef> sitePathLinks() {
        return sitePathLinks;
    }

    /** The text without markup (for search, related articles, reading time). */
    public String plainText() {
        return text(plainText);
    }

    /**
     * The start of the plain text, at least its first {@code chars} characters (all of it when
     * shorter), decoding no more of a text read from the parse cache than that takes.
     */
    public String plainTextStart(int chars) {
        if (plainText instanceof Utf8Slice slice) {
            return slice.decodeStart(4 * chars); // no character takes more than four bytes
        }
        String text = plainText == null ? "" : (String) plainText;
        return text.length() <= chars ? text : text.substring(0, chars);
    }

    /** SHA-256 of the plain text's UTF-8 bytes, hex: what the text is, for keys, without decoding it. */
    public String plainTextDigest() {
        String digest = plainTextDigest;
        if (digest == null) {
            if (plainText instanceof Utf8Slice slice) {
                digest = slice.sha256();
            } else {
                String text = plainText == null ? "" : (String) plainText; // an absent text is an empty one
                digest = ParseCache.hash(text.getBytes(StandardCharsets.UTF_8));
            }
            plainTextDigest = digest;
        }
        return digest;
    }

    void writeHtml(DataOutputStream out) throws IOException {
        write(out, html);
    }

    void writePlainText(DataOutputStream out) throws IOException {
        write(out, plainText);
    }

    private static void write(DataOutputStream out, Object text) throws IOException {
        if (text instanceof Utf8Slice slice) {
            slice.write(out);
        } else {
            ParsedPageCodec.string(out, (String) text);
        }
    }

    private static String text(Object text) {
        return text instanceof Utf8Slice slice ? slice.decode() : (String) text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedMarkdown other && Objects.equals(html(), other.html()) && headings.equals(other.headings)
                && links.equals(other.links) && externalLinks.equals(other.externalLinks)
                && refusedLinks.equals(other.refusedLinks) && sitePathLinks.equals(other.sitePathLinks)
                && Objects.equals(plainText(), other.plainText());
    }

    @Override
    public int hashCode() {
        return Objects.hash(html(), headings, links, externalLinks, refusedLinks, sitePathLinks, plainText());
    }

    @Override
    public String toString() {
        return "RenderedMarkdown[html=" + html() + ", headings=" + headings + ", links=" + links + ", externalLinks="
                + externalLinks + ", refusedLinks=" + refusedLinks + ", sitePathLinks=" + sitePathLinks + ", plainText=" + plainText() + "]";
    }
}
