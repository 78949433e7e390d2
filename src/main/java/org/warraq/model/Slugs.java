package org.warraq.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL segments from names, slugs and tags. Letters of every script are kept (Arabic URLs are
 * readable in the address bar); what would break a path or confuse a reader is removed.
 */
public final class Slugs {
    private Slugs() {
    }

    /** Whether the text holds bidirectional control characters (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM). */
    public static boolean hasBidiControls(String text) {
        // Every bidi control is in the Basic Multilingual Plane, so chars suffice (no code points to decode).
        for (int i = 0; i < text.length(); i++) {
            if (isBidiControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without bidi control characters. */
    public static String withoutBidiControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isBidiControl(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** A URL segment: NFC, lower-case, whitespace to '-', no path or query characters, no leading dot or "..", no bidi controls. */
    public static String of(String text) {
        String nfc = Normalizer.normalize(withoutBidiControls(text).strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                hyphen = false;
                out.appendCodePoint(cp);
            } else if (cp == '_' || cp == '.' && out.length() > 0 && out.charAt(out.length() - 1) != '.') {
                // A dot only after another character: never a leading one (a hidden file, which
                // static hosts do not serve) nor "..", by which a slug "../../x" would leave the site.
                out.appendCodePoint(cp);
            } else if (cp != '.') {
                hyphen = true;
            }
        }
        return out.toString();
    }

    /**
     * The key two output paths are compared by: names that differ only in case or Unicode
     * normalization would be one file on many file systems and one URL to many readers.
     */
    public static String collisionKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
