package org.warraq.content;

import java.util.Objects;

/**
 * A content file as read from disk.
 *
 * @param path     path relative to the source directory, with '/' separators ("content/ar/articles/x.md")
 * @param language the language folder it is in
 * @param kind     article, topic or page
 * @param name     file name without ".md": pairs translations, and is the default slug
 * @param text     the whole file, decoded as UTF-8
 */
public record SourceFile(String path, String language, ContentKind kind, String name, String text) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
