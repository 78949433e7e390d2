package org.warraq.content;

/**
 * Hugo's summary divider, a line {@code <!--more-->} in a body: the text above it is the page's
 * summary. Moved with a site, it would be published as the text it is (raw HTML is escaped), so it
 * is taken out of the body, and the text above it is the summary of a page whose front matter has
 * none. One in code is an example and stays.
 */
final class SummaryDivider {
    static final String MARK = "<!--more-->";

    private SummaryDivider() {
    }

    /** The body split at its first divider outside code (the divider's line left blank, so lines keep their numbers), or null. */
    record Split(String above, String body) {
    }

    static Split split(String body) {
        if (!body.contains(MARK)) {
            return null;
        }
        String[] lines = body.split("\n", -1);
        boolean[] code = CodeLines.of(lines);
        for (int i = 0; i < lines.length; i++) {
            if (!code[i] && lines[i].strip().equals(MARK)) {
                String above = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, i));
                lines[i] = "";
                return new Split(above, String.join("\n", lines));
            }
        }
        return null;
    }
}
