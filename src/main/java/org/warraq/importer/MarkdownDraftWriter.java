package org.warraq.importer;

import java.util.regex.Pattern;

/**
 * Writes a {@link Draft} as a content file: YAML front matter (title, date with a comment saying
 * where it came from, author, source, {@code draft: true}) and a Markdown body. Text is written
 * as it was; only a line that Markdown would read as list, quote, heading or rule gets a backslash.
 */
public final class MarkdownDraftWriter {
    /** Line starts that Markdown reads as block syntax rather than as text. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:#{1,6}(?:\\s|$)|>|[-+*](?:\\s|$)|(?:[-*_=]\\s*){3,}$|```|~~~|<)");
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(\\s)(#+)$");

    private MarkdownDraftWriter() {
    }

    /** The file's text. */
    public static String write(Draft draft) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(draft.title())).append('\n');
        out.append("date: ").append(draft.date()).append("  # ").append(dateComment(draft)).append('\n');
        if (draft.byline().author() != null) {
            out.append("author: ").append(quoted(draft.byline().author())).append('\n');
        }
        if (draft.byline().source() != null) {
            out.append("source:\n  name: ").append(quoted(draft.byline().source())).append('\n');
        }
        out.append("draft: true\n---\n");
        for (Draft.Block block : draft.blocks()) {
            out.append('\n');
            if (block.heading()) {
                out.append("## ").append(CLOSING_HASHES.matcher(escaped(block.text())).replaceAll("$1\\\\$2"));
            } else {
                out.append(escaped(block.text()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Says where the date came from, so that a person checks it before publishing. */
    static String dateComment(Draft draft) {
        TextDate found = draft.dateFound();
        return found == null
                ? "no date in the text: the input file's date — set the publication date"
                : "latest date in the text: \"" + found.text() + "\" (line " + found.line()
                        + ") — check that it is the publication date";
    }

    /** The line, with a backslash before a start Markdown would read as syntax. */
    static String escaped(String line) {
        var ordered = ORDERED.matcher(line);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + line.substring(ordered.group(1).length());
        }
        return BLOCK_START.matcher(line).find() ? "\\" + line : line;
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
