package org.warraq.config;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's public address, which may carry a path ({@code https://example.org/archive/}).
 * Every link the site emits goes through here, so a path prefix is never forgotten.
 */
public record BaseUrl(String origin, String path) {

    public BaseUrl {
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("path must start and end with '/': " + path);
        }
    }

    /** An absolute URL's scheme, authority (user, host, port) and the rest (path, query, fragment). */
    private static final Pattern PARTS = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)", Pattern.DOTALL);

    /**
     * Parses an absolute http(s) URL; the path gets a trailing slash if it lacks one. A host in
     * any script becomes its ASCII (Punycode) form and a path's other characters are
     * percent-encoded as UTF-8 ({@code https://مثال.com/أرشيف/} →
     * {@code https://xn--mgbh0fb.com/%D8%A3%D8%B1%D8%B4%D9%8A%D9%81/}): links, feeds and sitemaps
     * need the URL form, and Arabic publishers' addresses are often written in Arabic.
     */
    public static BaseUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(asUri(url.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL — write it like https://example.org/ or https://example.org/archive/");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL — write it like https://example.org/archive/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + url + "' has a query or fragment — give only scheme, host and path");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + url + "' has a user name or password — leave them out: the address is published in every page");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new IllegalArgumentException("'" + url + "' has port " + uri.getPort() + ", not one of 1–65535 — fix the port or leave it out");
        }
        String origin = scheme + "://" + uri.getRawAuthority();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new BaseUrl(origin, path.endsWith("/") ? path : path + "/");
    }

    /**
     * {@code url} with a non-ASCII host in Punycode and every non-ASCII or space character after
     * the host percent-encoded; an ASCII URL as it is, to be judged by {@link URI}.
     */
    private static String asUri(String url) {
        Matcher parts = PARTS.matcher(url);
        if (!parts.matches()) {
            return url;
        }
        String authority = parts.group(2);
        int at = authority.lastIndexOf('@');
        String hostAndPort = authority.substring(at + 1);
        int colon = hostAndPort.startsWith("[") ? -1 : hostAndPort.lastIndexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        // Only a host with other letters: IDN would also lower-case an ASCII one, which earlier builds kept as written.
        boolean ascii = host.chars().allMatch(c -> c < 0x80);
        String authorityAscii = authority.substring(0, at + 1) + (ascii ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED))
                + (colon < 0 ? "" : hostAndPort.substring(colon));
        return parts.group(1) + authorityAscii + percentEncoded(parts.group(3));
    }

    private static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c > ' ' && c < 0x7F) {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The root-relative link for a site path: {@code "ar/articles/x/"} → {@code "/archive/ar/articles/x/"}.
     * {@code sitePath} must already be percent-encoded and must not start with '/'.
     */
    public String link(String sitePath) {
        return path + stripLeadingSlash(sitePath);
    }

    /** The absolute URL for a site path, for canonical links, feeds and sitemaps. */
    public String absolute(String sitePath) {
        return origin + link(sitePath);
    }

    private static String stripLeadingSlash(String sitePath) {
        return sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    }

    @Override
    public String toString() {
        return origin + path;
    }
}
