package org.warraq.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An imported article before it is written: front matter values and body blocks.
 *
 * @param title      headline (the first line that is not chrome), or {@link #NO_TITLE}
 * @param titleLine  its line in the input; 0 with {@link #NO_TITLE}
 * @param date       publication date to write
 * @param dateFound  where the text gave that date, or null when it is the input file's date
 * @param byline     author and source, as far as recognised
 * @param blocks     headings and paragraphs, in order
 */
public record Draft(String title, int titleLine, LocalDate date, TextDate dateFound, Byline byline,
        List<Block> blocks) {

    /** The placeholder written when no line could be the title: the one the new-article template has. */
    public static final String NO_TITLE = "TODO: title";
    /** Code points a headline has at most; a longer first line is a paragraph. */
    public static final int MAX_TITLE_LENGTH = 250;

    public Draft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(byline, "byline");
        blocks = List.copyOf(blocks);
    }

    /** A heading or a paragraph, with the input line it came from. Its text is the input's, unchanged. */
    public record Block(boolean heading, String text, int line) {
    }

    /** The headings, in order. */
    public List<Block> headings() {
        return blocks.stream().filter(Block::heading).toList();
    }

    /** How many paragraphs the body has. */
    public long paragraphs() {
        return blocks.stream().filter(b -> !b.heading()).count();
    }
}
