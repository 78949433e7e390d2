package org.warraq.content;

import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * Decides whether a URL from content may appear in an {@code href} or {@code src}.
 *
 * <p>Script-running schemes are dropped even when disguised: entity-encoded
 * ({@code &#106;avascript:}), with control characters or spaces inside, or in mixed case —
 * browsers ignore all of those when they read a scheme.
 */
public final class UrlSafety {
    private UrlSafety() {
    }

    /** True when the URL must not be emitted. */
    public static boolean isDangerous(String url, boolean image) {
        String scheme = scheme(url);
        if (scheme == null) {
            return false;
        }
        return switch (scheme) {
            case "javascript", "vbscript", "file" -> true;
            case "data" -> !(image && canonical(url).startsWith("data:image/") && !canonical(url).startsWith("data:image/svg"));
            default -> false;
        };
    }

    /** Whether the URL is a web address, http:// or https:// in any case: one a reader's browser loads, and runs nothing. */
    public static boolean isWebAddress(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** The lower-cased scheme of the URL after decoding entities and dropping invisible characters. */
    public static String scheme(String url) {
        String canonical = canonical(url);
        int colon = canonical.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = canonical.substring(0, colon);
        for (char c : scheme.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return scheme;
    }

    private static String canonical(String url) {
        // Only an ampersand starts an entity; most URLs have none, and decoding costs a parser.
        String decoded = url.indexOf('&') < 0 ? url : Parser.unescapeEntities(url, false);
        StringBuilder out = new StringBuilder(decoded.length());
        for (char c : decoded.toCharArray()) {
            if (c > ' ' && c != 0x7F && !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
