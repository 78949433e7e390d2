package org.warraq.render;

import java.util.Map;

/**
 * A rendered HTML page's address and the addresses of its translations (language code → site
 * path, including itself). The sitemap and hreflang links are both made from routes, so they agree.
 */
public record Route(String language, String sitePath, Map<String, String> alternates, String xDefault) {
    public Route {
        alternates = Map.copyOf(alternates);
    }
}
