package org.warraq.content;

/**
 * A link or image target in a Markdown body, with its place: one that points inside the site and
 * so must be resolved later (by the links stage) once every page has its URL, or one whose
 * address was refused ({@link RenderedMarkdown#refusedLinks}).
 *
 * <p>For an internal link, the rendered HTML holds {@link #placeholder()} where the URL belongs.
 *
 * @param index  position among the body's internal (or refused) links
 * @param target the target as written ("other.md#part", "../topics/x.md")
 * @param image  whether it is an image source rather than a link
 * @param line   1-based line in the file
 * @param column 1-based column in the file
 */
public record LinkRef(int index, String target, boolean image, int line, int column) {

    /** How a message names it: "link to 'x.md'", or "image 'x.png'" (a long target shortened). */
    public String named() {
        return (image ? "image '" : "link to '") + org.warraq.problem.Problem.shorten(target) + "'";
    }

    /** The marker standing in the HTML where the resolved URL goes. */
    public String placeholder() {
        return placeholderFor(index);
    }

    /** The marker for link number {@code index}. */
    public static String placeholderFor(int index) {
        return "warraq-link:" + index;
    }
}
