package org.warraq.importer;

import java.util.List;

/**
 * Who wrote an article and where it appeared, as far as the text says.
 *
 * @param author the author's name, or null
 * @param source the outlet's name, or null
 * @param lines  the lines this came from (they are not part of the body)
 */
public record Byline(String author, String source, List<SourceLine> lines) {
    /** Nothing recognised. */
    public static final Byline NONE = new Byline(null, null, List.of());

    public Byline {
        lines = List.copyOf(lines);
    }

    /** Whether an author or a source was found. */
    public boolean found() {
        return author != null || source != null;
    }
}
