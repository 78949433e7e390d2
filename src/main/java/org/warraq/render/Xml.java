package org.warraq.render;

/** Escaping for XML text and attributes (feeds, sitemap) that stays well-formed whatever the input holds. */
public final class Xml {
    private Xml() {
    }

    /**
     * Escapes {@code & < > " '} and drops characters XML 1.0 forbids (control characters,
     * lone surrogates, U+FFFE/U+FFFF), which would make the whole feed unreadable.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        if (plain(text)) {
            return text; // most text (every URL of the sitemap) needs nothing escaped or dropped
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (!allowed(c)) {
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} holds no character to escape or drop (a surrogate pair is checked the slow way). */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= 0xD800 && c <= 0xDFFF
                    || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
