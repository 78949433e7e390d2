package org.warraq.links;

import java.util.Map;
import java.util.Optional;
import org.warraq.model.Article;

/**
 * Where articles came from, for stages that keep what they computed in the last build: the hash
 * of each source file read (by source path), for each file changed since then the article as
 * the last build made it, with the hash its file had, and the same for each file deleted since
 * ({@code removed}, by source path).
 */
public record SourceHistory(Map<String, String> hashes, Map<String, Previous> previous, Map<String, Previous> removed) {
    /** No history: everything is computed afresh. */
    public static final SourceHistory NONE = new SourceHistory(Map.of(), Map.of());

    public SourceHistory {
        hashes = Map.copyOf(hashes);
        previous = Map.copyOf(previous);
        removed = Map.copyOf(removed);
    }

    /** A history of no deleted files. */
    public SourceHistory(Map<String, String> hashes, Map<String, Previous> previous) {
        this(hashes, previous, Map.of());
    }

    /** An article as an earlier build saw it, and the hash of its file then. */
    public record Previous(String hash, Article article) {
    }

    /** The hash of the article's source file in this build, or null if it was not hashed. */
    String hash(Article article) {
        return hashes.get(article.source());
    }

    /** The articles of {@code language} whose files were deleted since, as the last build saw them. */
    public java.util.List<Previous> removedIn(String language) {
        return removed.values().stream().filter(p -> p.article().id().language().equals(language)).toList();
    }

    /** The article as the last build saw it, if its file changed since. */
    Optional<Previous> previous(Article article) {
        return Optional.ofNullable(previous.get(article.source()));
    }
}
