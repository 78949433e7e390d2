package org.warraq.importer;

/**
 * A line the importer left out of the draft, and why.
 *
 * @param line   line number in the input
 * @param reason why it was left out
 * @param text   the line's visible text (empty for a blank line)
 */
public record Removal(int line, Reason reason, String text) {

    /** Why a line is not part of the article. */
    public enum Reason {
        /** Listed in site.yaml's {@code import.boilerplate} (category labels, comment-form notes …). */
        BOILERPLATE("boilerplate"),
        /** Listed in site.yaml's {@code import.endMarkers}: the article ended before it. */
        END_MARKER("end marker"),
        /** Came after an end marker. */
        AFTER_END_MARKER("after end marker"),
        /** A reading-time widget ("5 min read", "دقائق القراءة"). */
        READING_TIME("reading-time widget"),
        /** Blank but for no-break or zero-width spaces. */
        INVISIBLE("blank (no-break spaces only)"),
        /** The same text as the line kept before it (a repeated caption, say). */
        DUPLICATE("duplicate of the line before");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** How reports name the reason. */
        public String label() {
            return label;
        }
    }
}
