package org.warraq.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a plain-text article with its 1-based line number in the input file.
 *
 * @param number line number in the input, for reports
 * @param text   the line's text
 */
public record SourceLine(int number, String text) {

    /** Splits a text into numbered lines; a leading BOM and any of CRLF, CR and LF are accepted. */
    public static List<SourceLine> split(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] parts = body.split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new SourceLine(i + 1, parts[i]));
        }
        return List.copyOf(lines);
    }
}
