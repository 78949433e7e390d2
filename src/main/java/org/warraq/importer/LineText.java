package org.warraq.importer;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** What the importer asks of a line's text: its visible edges, a form to compare by, its words, its last mark. */
final class LineText {
    /** Marks after which a line reads as a finished sentence, so not as a heading or byline. */
    private static final String FINAL_PUNCTUATION = ".؟?!:…;؛,،";
    /** Closing quotes and brackets that may follow a sentence's final mark. */
    private static final String CLOSERS = "\"'”’»›)]}";
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    private LineText() {
    }

    /**
     * Whether a character is white or invisible: spaces of every kind (no-break included),
     * zero-width characters, the BOM and bidi marks, which web pages leave around text.
     */
    static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0x200C
                || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** The text without white or invisible characters at either end; the inside is untouched. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** The form two lines are compared by: NFC, runs of spaces as one space, no invisible edges. */
    static String comparable(String text) {
        return SPACES.matcher(strip(Normalizer.normalize(text, Normalizer.Form.NFC))).replaceAll(" ");
    }

    /** The number of space-separated words. */
    static int words(String text) {
        String c = comparable(text);
        return c.isEmpty() ? 0 : c.split(" ").length;
    }

    /** Whether the line ends like a sentence: a final mark, possibly followed by closing quotes or brackets. */
    static boolean endsLikeSentence(String text) {
        String c = comparable(text);
        int end = c.length();
        while (end > 0 && (CLOSERS.indexOf(c.charAt(end - 1)) >= 0 || c.charAt(end - 1) == ' ')) {
            end--;
        }
        return end > 0 && FINAL_PUNCTUATION.indexOf(c.charAt(end - 1)) >= 0;
    }

    /** Whether the text has at least one letter. */
    static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
