package org.warraq.check;

import java.util.List;
import java.util.Set;

/**
 * What the checks need from one built HTML file, read once so that the parsed document can be
 * dropped: its ids, the URLs it references, its hreflang alternates and its images without alt text.
 *
 * @param path             path relative to the output directory ("ar/articles/x/index.html")
 * @param ids              every {@code id} (and {@code a name}) in the page: the targets of fragments
 * @param references       every URL in {@code href}/{@code src}, except hreflang alternates
 * @param alternates       {@code <link rel="alternate" hreflang>} elements, including x-default
 * @param imagesWithoutAlt images lacking a text alternative (the reference holds the image's src)
 */
record ScannedPage(String path, Set<String> ids, List<Reference> references, List<Alternate> alternates,
        List<Reference> imagesWithoutAlt) {
    ScannedPage {
        ids = Set.copyOf(ids);
        references = List.copyOf(references);
        alternates = List.copyOf(alternates);
        imagesWithoutAlt = List.copyOf(imagesWithoutAlt);
    }

    /** A URL in an attribute; {@code navigation} is true for {@code <a href>}, the links a reader follows. */
    record Reference(String attribute, String url, int line, boolean navigation) {
    }

    /** A hreflang alternate: the language code (or "x-default") and the URL. */
    record Alternate(String hreflang, String url, int line) {
    }
}
