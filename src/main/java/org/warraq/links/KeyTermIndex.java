package org.warraq.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key terms of one language's articles and what they were computed from, so that the next
 * build can apply an edit to them ({@link KeyTerms#update}) instead of analyzing every article.
 *
 * @param names   the articles' names, in the edition's order (newest first)
 * @param hashes  the hash of each article's source file (null where unknown: never updated, only recomputed)
 * @param labels  each article's tag keys and topic ids, which related lists read besides the vectors
 * @param vectors each article's key-term vector
 * @param terms   every term of the language's articles, with the number of articles it occurs in
 * @param holders for terms that few articles hold (at most {@link #HOLDERS} when counted), the positions in
 *                {@code names} of every article holding the term, ascending; a term not here may be held by any
 */
public record KeyTermIndex(List<String> names, List<String> hashes, List<String> labels, List<KeyVector> vectors,
        Map<String, TermStats> terms, Map<String, int[]> holders) {
    /**
     * Terms held by at most this many articles have their holders listed: an edit that makes such a
     * term count more in them needs only those articles' vectors again, where a bound on its weight
     * (for a term two articles share, heavier than most articles' lightest key term) would
     * send the build back to analyzing every article.
     */
    public static final int HOLDERS = 64;

    public KeyTermIndex {
        names = List.copyOf(names);
        hashes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(hashes));
        labels = List.copyOf(labels);
        vectors = List.copyOf(vectors);
        terms = Map.copyOf(terms);
        holders = Map.copyOf(holders);
    }

    /** A term's document frequency: in how many of the language's articles it occurs. */
    public record TermStats(int documents) {
    }

    /**
     * One article's most distinctive terms with their weights scaled to unit length.
     *
     * @param terms   the terms, in ascending order
     * @param weights their weights, in the same order
     * @param counts  how often each term occurs in the article (title terms twice), in the same order
     * @param floor   the unscaled weight of the last term kept when the article had more candidates
     *                than it keeps, else negative infinity: another term becomes a key term only by
     *                weighing at least this much
     * @param reserve       terms after the key terms (at most {@link KeyTerms#RESERVE}, more while tied), in
     *                      ascending order, with their counts in the article: their weights can be
     *                      worked out again when their frequencies change. The next best terms when
     *                      the article is analyzed; after an update made the vector again from the
     *                      terms it kept, the best of those (the ceiling bounds any other)
     * @param reserveCounts how often each reserve term occurs in the article (title terms twice)
     * @param ceiling       at least the unscaled weight of any other term that counts (negative
     *                      infinity when every such term is kept or reserved): exact when computed,
     *                      raised by updates that make terms the article may hold weigh more
     *                      <p>Reserve and ceiling are bookkeeping for updates, so not part of
     *                      equality: related lists read only the terms and weights.
     */
    public record KeyVector(String[] terms, double[] weights, int[] counts, double floor, String[] reserve,
            int[] reserveCounts, double ceiling) {
        /** This vector with its ceiling raised to {@code ceiling}. */
        KeyVector withCeiling(double ceiling) {
            return new KeyVector(terms, weights, counts, floor, reserve, reserveCounts, ceiling);
        }

        /** Whether {@code term} is one of the key terms. */
        public boolean contains(String term) {
            return Arrays.binarySearch(terms, term) >= 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyVector v && Arrays.equals(v.terms, terms) && Arrays.equals(v.weights, weights)
                    && Double.compare(v.floor, floor) == 0;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(terms) * 31 + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return Arrays.toString(terms) + Arrays.toString(weights) + " floor " + floor + " ceiling " + ceiling;
        }
    }

    /** Equal when every component is, holders compared by their positions. */
    @Override
    public boolean equals(Object o) {
        return o instanceof KeyTermIndex other && names.equals(other.names) && hashes.equals(other.hashes)
                && labels.equals(other.labels) && vectors.equals(other.vectors) && terms.equals(other.terms)
                && holders.size() == other.holders.size()
                && holders.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.holders.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(names, hashes, labels, vectors, terms, holders.keySet());
    }

    /**
     * This index with its articles in the order of {@code order} (their names), if it holds exactly
     * those articles (itself when the order is its own): a date change moves an article in its
     * edition's order, and nothing a vector is made of (an article's terms, how many articles hold
     * each term) depends on the order.
     */
    public Optional<KeyTermIndex> inOrderOf(List<String> order) {
        return order.equals(names) ? Optional.of(this) : arranged(order, false);
    }

    /**
     * This index with the articles of {@code order}, in its order: each new one with no hash, an
     * empty label and no terms yet, for an update to add; those it does not name dropped, their
     * positions gone from the holders, though the term frequencies are still those counted with
     * them, for an update to take them off. Empty when {@code order} names one of this index's articles twice.
     */
    Optional<KeyTermIndex> withArticlesOf(List<String> order) {
        return arranged(order, true);
    }

    /** A vector without terms: a new article's before it is analyzed. */
    static final KeyVector NO_TERMS = new KeyVector(new String[0], new double[0], new int[0], Double.NEGATIVE_INFINITY,
            new String[0], new int[0], Double.NEGATIVE_INFINITY);

    /** This index in the order of {@code order}; with articles new and gone when {@code othersToo}, else the same ones. */
    private Optional<KeyTermIndex> arranged(List<String> order, boolean othersToo) {
        if (!othersToo && order.size() != names.size()) {
            return Optional.empty();
        }
        Map<String, Integer> was = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            was.put(names.get(i), i);
        }
        int[] now = new int[names.size()]; // old position -> new position, -1 for an article gone
        Arrays.fill(now, -1);
        List<String> hashesNow = new ArrayList<>(order.size());
        List<String> labelsNow = new ArrayList<>(order.size());
        List<KeyVector> vectorsNow = new ArrayList<>(order.size());
        int found = 0;
        for (int i = 0; i < order.size(); i++) {
            Integer before = was.get(order.get(i));
            if (before == null && othersToo) {
                hashesNow.add(null);
                labelsNow.add("");
                vectorsNow.add(NO_TERMS);
                continue;
            }
            if (before == null || now[before] >= 0) {
                return Optional.empty(); // another article, or one named twice
            }
            now[before] = i;
            found++;
            hashesNow.add(hashes.get(before));
            labelsNow.add(labels.get(before));
            vectorsNow.add(vectors.get(before));
        }
        if (found != names.size() && !othersToo) {
            return Optional.empty(); // an article of this index is gone
        }
        Map<String, int[]> holdersNow = new HashMap<>(holders.size() * 2);
        holders.forEach((term, positions) -> {
            int[] moved = new int[positions.length];
            int kept = 0;
            for (int position : positions) {
                if (now[position] >= 0) {
                    moved[kept++] = now[position];
                }
            }
            moved = kept == moved.length ? moved : Arrays.copyOf(moved, kept);
            Arrays.sort(moved);
            holdersNow.put(term, moved);
        });
        return Optional.of(new KeyTermIndex(order, hashesNow, labelsNow, vectorsNow, terms, holdersNow));
    }

    /** Whether related lists made from this index equal those made from {@code other}: same articles, vectors and labels. */
    public boolean ranksLike(KeyTermIndex other) {
        return names.equals(other.names) && vectors.equals(other.vectors) && labels.equals(other.labels);
    }
}
