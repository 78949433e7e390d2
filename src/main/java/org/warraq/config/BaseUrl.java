package org.warraq.config;

import java.net.URI;
import java.net.URISyntaxException;

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

    /** Parses an absolute http(s) URL; the path gets a trailing slash if it lacks one. */
    public static BaseUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL — write it like https://example.org/ or https://example.org/archive/");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL — write it like https://example.org/archive/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + url + "' has a query or fragment — give only scheme, host and path");
        }
        String origin = scheme + "://" + uri.getRawAuthority();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new BaseUrl(origin, path.endsWith("/") ? path : path + "/");
    }

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
