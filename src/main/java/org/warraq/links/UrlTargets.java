package org.warraq.links;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.warraq.config.BaseUrl;

/**
 * Works out where the URLs in built pages (or in content, once the site is built) point, honouring the base URL: root-relative links
 * must start with its path, absolute links to its origin are internal, relative links are
 * resolved against the page's directory.
 */
public final class UrlTargets {
    private final BaseUrl base;
    private final Set<String> files;

    /** {@code files}: every file of the output, relative to it, '/'-separated, names decoded. */
    public UrlTargets(BaseUrl base, Set<String> files) {
        this.base = base;
        this.files = Set.copyOf(files);
    }

    /** Whether the output has this file. */
    public boolean exists(String file) {
        return files.contains(file);
    }

    /** The target of {@code url} found in the page stored at {@code pagePath}. */
    public UrlTarget of(String pagePath, String url) {
        String scheme = scheme(url);
        if (url.isEmpty() || scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            return new UrlTarget(UrlTarget.Kind.IGNORED, url, null, null);
        }
        String local;
        if (scheme != null || url.startsWith("//")) {
            String absolute = url.startsWith("//") ? base.origin().substring(0, base.origin().indexOf(':') + 1) + url : url;
            if (!sameOrigin(absolute)) {
                return new UrlTarget(UrlTarget.Kind.EXTERNAL, url, null, null);
            }
            local = absolute.substring(base.origin().length());
            if (local.isEmpty()) {
                local = "/";
            }
        } else {
            local = url;
        }
        String fragment = null;
        int hash = local.indexOf('#');
        if (hash >= 0) {
            fragment = UrlPaths.decode(local.substring(hash + 1));
            local = local.substring(0, hash);
        }
        int query = local.indexOf('?');
        if (query >= 0) {
            local = local.substring(0, query);
        }
        String sitePath;
        if (local.startsWith("/")) {
            if (!local.startsWith(base.path()) && !(local + "/").equals(base.path())) {
                return new UrlTarget(UrlTarget.Kind.OUTSIDE, url, base.path(), null);
            }
            sitePath = UrlPaths.decode(local.length() < base.path().length() ? "" : local.substring(base.path().length()));
        } else {
            String dir = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
            sitePath = local.isEmpty() ? pagePath : normalize(dir + UrlPaths.decode(local));
            if (sitePath == null) {
                return new UrlTarget(UrlTarget.Kind.OUTSIDE, url, base.path(), null);
            }
        }
        return new UrlTarget(UrlTarget.Kind.INTERNAL, url, file(sitePath), fragment == null || fragment.isEmpty() ? null : fragment);
    }

    /** The output file a decoded site path is served from, if the output has one. */
    private String file(String sitePath) {
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            String index = sitePath + "index.html";
            return files.contains(index) ? index : null;
        }
        if (files.contains(sitePath)) {
            return sitePath;
        }
        // "ar/about" is served from ar/about/index.html (after a redirect) by every static host.
        return files.contains(sitePath + "/index.html") ? sitePath + "/index.html" : null;
    }

    private boolean sameOrigin(String absolute) {
        String origin = base.origin().toLowerCase(Locale.ROOT);
        String lower = absolute.toLowerCase(Locale.ROOT);
        return lower.startsWith(origin) && (lower.length() == origin.length() || "/?#".indexOf(lower.charAt(origin.length())) >= 0);
    }

    /** Resolves "." and ".." segments; null when ".." climbs above the site root. */
    private static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
                if (last) {
                    segments.addLast("");
                }
            } else if (part.equals(".")) {
                if (last) {
                    segments.addLast("");
                }
            } else if (!part.isEmpty() || last) {
                segments.addLast(part);
            }
        }
        return String.join("/", segments);
    }

    private static String scheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i == 0 ? null : url.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') || c > 127) {
                return null;
            }
        }
        return null;
    }
}
