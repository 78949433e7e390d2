package org.warraq.check;

import java.util.List;

/**
 * A link to another site and every place the built pages use it.
 *
 * @param outcome what fetching it gave, or null when it was listed without being fetched
 */
public record ExternalLink(String url, List<Place> places, Outcome outcome) {
    public ExternalLink {
        places = List.copyOf(places);
    }

    /** A built file and line. */
    public record Place(String path, int line) {
        @Override
        public String toString() {
            return path + ":" + line;
        }
    }

    /** The HTTP status (after redirects), or 0 and why there was none. */
    public record Outcome(int status, String error) {
        /** Whether readers following the link reach a page. */
        public boolean ok() {
            return status >= 200 && status < 400;
        }
    }
}
