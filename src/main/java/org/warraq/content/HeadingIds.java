package org.warraq.content;

import java.text.Normalizer;

/**
 * Turns heading text into an HTML id that is stable and readable in any script.
 *
 * <p>Arabic headings keep their letters ("ظروف التأسيس" → "ظروف-التأسيس"), with diacritics,
 * tatweel, bidi controls and punctuation removed, so links to a section survive re-builds and
 * read well in the address bar. Latin letters are lower-cased.
 */
public final class HeadingIds {
    private HeadingIds() {
    }

    /** The id for a heading text; "section" when nothing usable is left. */
    public static String of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder id = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isDroppedMark(cp)) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingHyphen && id.length() > 0) {
                    id.append('-');
                }
                pendingHyphen = false;
                id.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.isWhitespace(cp) || cp == '-' || cp == '_') {
                pendingHyphen = true;
            }
        }
        return id.length() == 0 ? "section" : id.toString();
    }

    private static boolean isDroppedMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || cp == 0x0640;
    }
}
