package org.warraq.config;

import java.util.List;

/**
 * One {@code search.synonyms} group: spellings of one name or term that a query for any of them
 * should find (داعش / تنظيم الدولة, الأمريكية / الأميركية). A variant may have several words.
 *
 * @param variants the spellings as written, at least two
 * @param line     where the group starts in site.yaml (1-based), for later stages' messages
 * @param column   its column (1-based)
 */
public record SynonymGroup(List<String> variants, int line, int column) {

    /** Copies the variants. */
    public SynonymGroup {
        variants = List.copyOf(variants);
    }
}
