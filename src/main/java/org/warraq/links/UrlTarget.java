package org.warraq.links;

/**
 * Where a URL found in a built page points.
 *
 * @param kind     what sort of place
 * @param url      the URL as written
 * @param file     for {@link Kind#INTERNAL}: the output file it names ("ar/articles/x/index.html"), or
 *                 null if the build produced none; for {@link Kind#OUTSIDE}: the base path it misses
 * @param fragment for {@link Kind#INTERNAL}: the decoded fragment, or null
 */
public record UrlTarget(Kind kind, String url, String file, String fragment) {
    public enum Kind {
        /** Not a place to check: mailto:, tel:, data:, an empty href. */
        IGNORED,
        /** Another site. */
        EXTERNAL,
        /** This site, under its base path. */
        INTERNAL,
        /** This site's host, but not under its base path: the page would not be published there. */
        OUTSIDE
    }
}
