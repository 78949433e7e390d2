package org.warraq.model;

import java.util.Comparator;
import org.warraq.content.ContentKind;

/**
 * Identifies a page: language, kind and file name. Relations between pages are held as ids and
 * looked up through {@link Site}, never as object references.
 */
public record PageId(String language, ContentKind kind, String name) implements Comparable<PageId> {
    private static final Comparator<PageId> ORDER = Comparator.comparing(PageId::language)
            .thenComparing(PageId::kind).thenComparing(PageId::name);

    @Override
    public int compareTo(PageId other) {
        return ORDER.compare(this, other);
    }

    /** The same page in another language (which may not exist). */
    public PageId inLanguage(String code) {
        return new PageId(code, kind, name);
    }

    @Override
    public String toString() {
        return language + "/" + kind.folder() + "/" + name;
    }
}
