package org.warraq.importer;

/**
 * Decides whether a line of a plain-text article is a section heading: a short line that does
 * not end like a sentence (no final ., ؟, ?, !, :, … or comma). Web pages lose the heading markup
 * when copied as text; what is left is the short line standing alone between paragraphs.
 */
final class HeadingDetector {
    /** Longest heading in words; the seeds' longest is eight. */
    static final int MAX_WORDS = 12;
    /** Longest heading in characters. */
    static final int MAX_CHARS = 100;

    private HeadingDetector() {
    }

    /** Whether {@code line} reads as a heading. */
    static boolean isHeading(String line) {
        String text = LineText.comparable(line);
        return !text.isEmpty() && text.length() <= MAX_CHARS && LineText.words(text) <= MAX_WORDS
                && LineText.hasLetter(text) && !LineText.endsLikeSentence(text);
    }
}
