package org.warraq.links;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of path segments and fragments (RFC 3986), for URLs that hold Arabic text. */
public final class UrlPaths {
    /**
     * Which ASCII bytes are unreserved, by value: looked up, not searched for in a string. A build
     * encodes every article's address several times (its page, links to it, its search entry),
     * and a search per byte took 1.3% of a 10,000-article rebuild's CPU under C1 (60 ms; 19 ms looked up).
     */
    private static final boolean[] UNRESERVED = new boolean[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".chars().forEach(c -> UNRESERVED[c] = true);
    }

    private UrlPaths() {
    }

    /** Encodes one path segment or a fragment: every byte outside the unreserved set becomes %XX. */
    public static String encode(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 128 && UNRESERVED[c]) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    /** Decodes %XX escapes (malformed ones are kept as they are). */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() + 0 && i + 2 <= text.length() - 1
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
