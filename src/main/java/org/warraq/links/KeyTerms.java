package org.warraq.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.warraq.links.KeyTermIndex.KeyVector;
import org.warraq.links.KeyTermIndex.TermStats;
import org.warraq.model.Article;
import org.warraq.model.Tag;
import org.warraq.parallel.Parallel;

/**
 * The few most distinctive terms of each article (TF-IDF, title terms counting double), as
 * unit-length sparse vectors: computed for all articles of a language, or carried over from the
 * last build with an edit applied.
 */
final class KeyTerms {
    private KeyTerms() {
    }

    /** The index of {@code articles} (one language, edition order), every article analyzed. */
    static KeyTermIndex index(List<Article> articles, SourceHistory history, Function<String, List<String>> analyzer,
            int keep, org.warraq.problem.Progress progress) {
        // Analysis dominates the cost; analyzers are stateless, so articles are analyzed in parallel
        // (Parallel.map keeps the articles' order, so the result does not depend on scheduling).
        List<Map<String, Integer>> counts = Parallel.map(articles, a -> {
            Map<String, Integer> tf = counts(a, analyzer);
            progress.advance();
            return tf;
        });
        Map<String, int[]> stats = new HashMap<>();
        for (Map<String, Integer> tf : counts) {
            tf.keySet().forEach(term -> stats.computeIfAbsent(term, t -> new int[1])[0]++);
        }
        int n = articles.size();
        // Each vector reads only its own counts and the shared frequencies: also on all cores.
        List<KeyVector> vectors = Parallel.map(counts, tf -> vector(tf, t -> stats.get(t)[0], n, keep));
        return new KeyTermIndex(articles.stream().map(a -> a.id().name()).toList(),
                articles.stream().map(history::hash).toList(), articles.stream().map(KeyTerms::labels).toList(), vectors,
                termStats(stats), holders(counts, stats));
    }

    /** For each term at most {@link KeyTermIndex#HOLDERS} articles hold, the positions of those articles, ascending. */
    private static Map<String, int[]> holders(List<Map<String, Integer>> counts, Map<String, int[]> stats) {
        Map<String, int[]> holders = new HashMap<>();
        Map<String, Integer> filled = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            for (String term : counts.get(i).keySet()) {
                int documents = stats.get(term)[0];
                if (documents <= KeyTermIndex.HOLDERS) {
                    int at = filled.merge(term, 1, Integer::sum) - 1;
                    holders.computeIfAbsent(term, t -> new int[documents])[at] = i;
                }
            }
        }
        return holders;
    }

    /**
     * {@code remembered} with the edits since applied: the changed articles (their source hash
     * differs) are analyzed in their old and new versions to correct each term's document
     * frequency, and the vectors that can depend on a corrected frequency are computed again: those
     * holding such a term among their key terms (it may weigh less now, or not count), and, for a
     * term that weighs more now (fewer articles hold it, or a second one does), the articles holding
     * it where they are listed, else those whose {@linkplain KeyVector#ceiling ceiling}, grown as
     * the term's weight grew, reaches their lightest key term. A term that weighs less cannot join
     * any article's key terms. New articles, or articles gone (their terms taken off as the index
     * counted them, from {@code history}'s deleted files), change every weight: see
     * {@link #remadeFromKept}; as many new as gone (a rename) change the weights of their terms
     * only. Every other vector is what a full analysis would give. Empty when that cannot be done
     * cheaply or safely: the analyzed version of a changed or deleted article unknown, or more than
     * a quarter of the articles to analyze again; then every article must be analyzed ({@link #index}).
     */
    static Optional<KeyTermIndex> update(KeyTermIndex remembered, List<Article> articles, SourceHistory history,
            Function<String, List<String>> analyzer, int keep) {
        int n = articles.size();
        List<String> names = articles.stream().map(a -> a.id().name()).toList();
        if (n < 2) {
            return Optional.empty();
        }
        // An article moved in the order (its date changed): the index in the new order. New articles
        // or some gone (a rename is both): the index with the articles there are now.
        Optional<KeyTermIndex> sameArticles = remembered.inOrderOf(names);
        Optional<KeyTermIndex> inOrder = sameArticles.or(() -> remembered.withArticlesOf(names));
        if (inOrder.isEmpty()) {
            return Optional.empty();
        }
        KeyTermIndex previous = inOrder.get();
        int counted = remembered.names().size();
        Set<String> added = new HashSet<>(); // the new articles: none unless the articles are others
        if (sameArticles.isEmpty()) {
            added.addAll(names);
            remembered.names().forEach(added::remove);
        }
        // The articles gone, as the index counted them: none unless the articles are others.
        Optional<List<Map<String, Integer>>> gone = sameArticles.isPresent() ? Optional.of(List.of())
                : goneCounts(remembered, names, articles.get(0).id().language(), history, analyzer);
        if (gone.isEmpty()) {
            return Optional.empty(); // the version of an article gone that the index counted is not known
        }
        int limit = Math.max(32, n / 4); // past this, analyzing everything is about as cheap
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String hash = history.hash(articles.get(i));
            if (hash == null) {
                return Optional.empty();
            }
            if (!hash.equals(previous.hashes().get(i))) {
                changed.add(i);
            }
        }
        if (changed.isEmpty() && gone.get().isEmpty()) {
            return Optional.of(previous);
        }
        if (changed.size() + gone.get().size() > limit) {
            return Optional.empty();
        }
        Map<String, int[]> stats = new HashMap<>();
        previous.terms().forEach((term, s) -> stats.put(term, new int[] {s.documents()}));
        Map<Integer, Map<String, Integer>> newCounts = new HashMap<>();
        Set<String> shifted = new HashSet<>();
        Map<String, java.util.TreeSet<Integer>> holders = new HashMap<>();
        for (Map<String, Integer> counts : gone.get()) {
            for (String t : counts.keySet()) {
                int[] s = stats.get(t);
                if (s == null) {
                    return Optional.empty(); // not the index that version was counted in
                }
                s[0]--;
                shifted.add(t);
                holdersOf(t, previous, holders); // its holders listed without the article gone (withArticlesOf)
            }
        }
        for (int i : changed) {
            Article now = articles.get(i);
            Map<String, Integer> old = Map.of(); // a new article: nothing of it counted
            if (!added.contains(now.id().name())) {
                var before = history.previous(now).filter(p -> p.hash().equals(previous.hashes().get(i)));
                if (before.isEmpty()) {
                    return Optional.empty(); // the version the index was made from is not known
                }
                old = counts(before.get().article(), analyzer);
            }
            Map<String, Integer> current = counts(now, analyzer);
            for (String t : old.keySet()) {
                if (!current.containsKey(t)) {
                    int[] s = stats.get(t);
                    if (s == null) {
                        return Optional.empty(); // not the index that version was counted in
                    }
                    s[0]--;
                    shifted.add(t);
                    holdersOf(t, previous, holders).ifPresent(h -> h.remove(i));
                }
            }
            for (String t : current.keySet()) {
                if (!old.containsKey(t)) {
                    stats.computeIfAbsent(t, k -> new int[1])[0]++;
                    shifted.add(t);
                    if (!previous.terms().containsKey(t)) {
                        holders.computeIfAbsent(t, k -> new java.util.TreeSet<>()).add(i); // new: held by the edited only
                    } else {
                        holdersOf(t, previous, holders).ifPresent(h -> h.add(i));
                    }
                }
            }
            newCounts.put(i, current);
        }
        stats.values().removeIf(s -> s[0] <= 0);
        ToIntFunction<String> documents = t -> stats.containsKey(t) ? stats.get(t)[0] : 0;
        // A term one article lost and another gained (a renamed file, a word moved) holds its weight.
        shifted.removeIf(t -> previous.terms().containsKey(t) && previous.terms().get(t).documents() == documents.applyAsInt(t));

        Set<Integer> affected = new HashSet<>(changed);
        List<KeyVector> vectors = new ArrayList<>(previous.vectors());
        if (n != counted) {
            if (!remadeFromKept(previous, vectors, affected, shifted, holders, documents, n, counted, keep)) {
                return Optional.empty();
            }
        } else if (!reweighed(previous, vectors, affected, shifted, holders, documents, n)) {
            return Optional.empty();
        }
        if (affected.size() > limit) {
            return Optional.empty();
        }
        List<String> hashes = new ArrayList<>(previous.hashes());
        List<String> labels = new ArrayList<>(previous.labels());
        Parallel.map(affected.stream().sorted().toList(), j -> {
            Map<String, Integer> tf = newCounts.containsKey(j) ? newCounts.get(j) : counts(articles.get(j), analyzer);
            return Map.entry(j, vector(tf, documents, n, keep));
        }).forEach(e -> vectors.set(e.getKey(), e.getValue()));
        for (int i : changed) {
            hashes.set(i, history.hash(articles.get(i)));
            labels.set(i, labels(articles.get(i)));
        }
        Map<String, int[]> listed = new HashMap<>(previous.holders());
        holders.forEach((term, h) -> {
            if (h.isEmpty() || h.size() > KeyTermIndex.HOLDERS) {
                listed.remove(term); // gone, or too common to list: its holders are no longer known
            } else {
                listed.put(term, h.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        return Optional.of(new KeyTermIndex(previous.names(), hashes, labels, vectors, termStats(stats), listed));
    }

    /**
     * With as many articles as before, the vectors that a term whose frequency {@code shifted} can
     * change: those holding it among their key terms are added to {@code affected} (to be made
     * again), and so are, for a term that weighs more now, the articles holding it where they are
     * listed, else those whose ceiling, grown as the term's weight grew, reaches their lightest key
     * term; the other vectors that may hold such a term get their ceiling raised in {@code vectors}.
     * False when a term that counts now was held by one article and its holders are not listed.
     */
    private static boolean reweighed(KeyTermIndex previous, List<KeyVector> vectors, Set<Integer> affected,
            Set<String> shifted, Map<String, java.util.TreeSet<Integer>> holders, ToIntFunction<String> documents, int n) {
        for (int j = 0; j < n; j++) {
            for (String term : previous.vectors().get(j).terms()) {
                if (shifted.contains(term)) {
                    affected.add(j); // a key term's weight changed
                    break;
                }
            }
        }
        // A term that weighs more now may join the key terms of any article holding it: of those
        // listed as its holders. A term too common to list weighs more only by a rarer article
        // losing it, and the article's count of it is the same: if the article keeps it among its
        // reserve terms, its new weight is known; else it weighed at most the article's ceiling
        // (it was not a key term there, or the loop above took the article), and grew by the factor
        // its IDF grew. A common term's IDF barely moves when one article more or less holds it.
        Map<String, Double> growths = new HashMap<>();
        for (String term : shifted) {
            int df = documents.applyAsInt(term);
            TermStats before = previous.terms().get(term);
            int dfBefore = before == null ? 0 : before.documents();
            if (df < 2 || dfBefore >= 2 && df >= dfBefore) {
                continue; // counts nowhere, or weighs no more: it can only leave key terms, which the loop above saw
            }
            java.util.Optional<java.util.TreeSet<Integer>> listed = holdersOf(term, previous, holders);
            if (listed.isPresent()) {
                affected.addAll(listed.get());
            } else if (dfBefore < 2) {
                return false; // counted nowhere before, so no ceiling bounds it; holders unknown
            } else {
                growths.put(term, weight(1, df, n) / weight(1, dfBefore, n));
            }
        }
        if (!growths.isEmpty()) {
            double growth = java.util.Collections.max(growths.values());
            for (int j = 0; j < n; j++) {
                KeyVector v = vectors.get(j);
                if (affected.contains(j)) {
                    continue;
                }
                if (mayGainKeyTerm(v, growths, documents, n)) {
                    affected.add(j);
                } else if (v.ceiling() > Double.NEGATIVE_INFINITY) {
                    vectors.set(j, v.withCeiling(v.ceiling() * growth * (1 + CEILING_MARGIN))); // it may hold such a term
                }
            }
        }
        return true;
    }

    /**
     * After new articles came in or some are gone ({@code before} articles then, {@code n} now),
     * every term's weight moved with the number of articles: every vector in {@code vectors} is
     * made again from the counts it keeps of its key and reserve terms, where those surely hold its
     * best terms now. Any other term it holds weighed at most its ceiling, and grew at most by the
     * factor its IDF grew: a term held by as many articles as before by at most n / before (and
     * not at all when articles are gone), a term whose frequency {@code shifted} by its own factor,
     * which bounds only its holders where they are listed. A vector whose lightest key term that
     * bound reaches ({@link #fromKept}), and the articles a term starts to count in (it had one
     * holder), are added to {@code affected}, to be analyzed again. False when such a term's
     * holders are not listed.
     */
    private static boolean remadeFromKept(KeyTermIndex previous, List<KeyVector> vectors, Set<Integer> affected,
            Set<String> shifted, Map<String, java.util.TreeSet<Integer>> holders, ToIntFunction<String> documents, int n,
            int before, int keep) {
        // log(1 + n/df) / log(1 + before/df) is at most n / before for any df when n > before, below 1 when n < before.
        double unshifted = Math.max(1.0, (double) n / before);
        double common = unshifted; // the most an unlisted term grew by
        Map<Integer, Double> listedGrowth = new HashMap<>(); // per article, the most a listed term it holds grew by
        for (String term : shifted) {
            TermStats was = previous.terms().get(term);
            int df = documents.applyAsInt(term);
            if (df < 2) {
                continue; // counts nowhere now
            }
            Optional<java.util.TreeSet<Integer>> listed = holdersOf(term, previous, holders);
            if (was == null || was.documents() < 2) {
                if (listed.isEmpty()) {
                    return false;
                }
                affected.addAll(listed.get()); // counted nowhere before, so no ceiling bounds it
                continue;
            }
            double growth = weight(1, df, n) / weight(1, was.documents(), before);
            if (growth <= unshifted) {
                continue;
            }
            if (listed.isPresent()) {
                listed.get().forEach(j -> listedGrowth.merge(j, growth, Math::max));
            } else {
                common = Math.max(common, growth);
            }
        }
        double commonGrowth = common;
        List<Integer> others = java.util.stream.IntStream.range(0, n).filter(j -> !affected.contains(j)).boxed().toList();
        List<Optional<KeyVector>> remade = Parallel.map(others, j -> fromKept(previous.vectors().get(j), documents, n,
                keep, Math.max(commonGrowth, listedGrowth.getOrDefault(j, 1.0)) * (1 + CEILING_MARGIN)));
        for (int k = 0; k < others.size(); k++) {
            if (remade.get(k).isPresent()) {
                vectors.set(others.get(k), remade.get(k).get());
            } else {
                affected.add(others.get(k));
            }
        }
        return true;
    }

    /**
     * The term counts of the articles of {@code remembered} that {@code names} (one language's, in
     * {@code language}) no longer holds, from the versions the index counted: empty when one of
     * those is not the version {@code history} has of the file deleted.
     */
    private static Optional<List<Map<String, Integer>>> goneCounts(KeyTermIndex remembered, List<String> names,
            String language, SourceHistory history, Function<String, List<String>> analyzer) {
        Map<String, SourceHistory.Previous> removed = new HashMap<>();
        history.removedIn(language).forEach(p -> removed.put(p.article().id().name(), p));
        Set<String> present = new HashSet<>(names);
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int i = 0; i < remembered.names().size(); i++) {
            if (present.contains(remembered.names().get(i))) {
                continue;
            }
            SourceHistory.Previous last = removed.get(remembered.names().get(i));
            if (last == null || !last.hash().equals(remembered.hashes().get(i))) {
                return Optional.empty();
            }
            counts.add(counts(last.article(), analyzer));
        }
        return Optional.of(counts);
    }

    /**
     * {@code v} made again from the counts it keeps, if no other term can weigh as much as its
     * lightest key term now: any other weighs at most its ceiling grown by {@code growth}, which
     * becomes its ceiling unless a kept term past the reserve weighs more. Its reserve is then the
     * best of the terms it kept, not always the best of all: the ceiling bounds the others.
     */
    private static Optional<KeyVector> fromKept(KeyVector v, ToIntFunction<String> documents, int n, int keep,
            double growth) {
        Map<String, Integer> kept = new HashMap<>();
        for (int k = 0; k < v.terms().length; k++) {
            kept.put(v.terms()[k], v.counts()[k]);
        }
        for (int k = 0; k < v.reserve().length; k++) {
            kept.put(v.reserve()[k], v.reserveCounts()[k]);
        }
        KeyVector again = vector(kept, documents, n, keep);
        double bound = v.ceiling() * growth;
        if (bound == Double.NEGATIVE_INFINITY) {
            return Optional.of(again); // it kept every term that counts
        }
        if (!(again.floor() > bound)) {
            return Optional.empty(); // a term it did not keep may be a key term now (a tie too: by name)
        }
        return Optional.of(again.withCeiling(Math.max(bound, again.ceiling())));
    }

    /**
     * Whether one of the terms that weigh more now, by their {@code growths}, may outweigh the
     * lightest key term of {@code v}'s article, which does not hold any of them as a key term: a
     * reserve term by its weight now, another by the ceiling grown as much as the term's IDF.
     */
    private static boolean mayGainKeyTerm(KeyVector v, Map<String, Double> growths, ToIntFunction<String> documents, int n) {
        for (Map.Entry<String, Double> e : growths.entrySet()) {
            int r = Arrays.binarySearch(v.reserve(), e.getKey());
            if (r >= 0 ? weight(v.reserveCounts()[r], documents.applyAsInt(e.getKey()), n) >= v.floor()
                    : v.ceiling() > Double.NEGATIVE_INFINITY && v.ceiling() * e.getValue() * (1 + CEILING_MARGIN) >= v.floor()) {
                return true; // a tie may win too: by name
            }
        }
        return false;
    }

    /** Relative slack on a grown ceiling, far above the rounding error of the few products that make it. */
    private static final double CEILING_MARGIN = 1e-9;

    /** The articles holding {@code term} as this update has changed them, if the index lists them. */
    private static Optional<java.util.TreeSet<Integer>> holdersOf(String term, KeyTermIndex previous,
            Map<String, java.util.TreeSet<Integer>> changed) {
        java.util.TreeSet<Integer> h = changed.get(term);
        if (h == null) {
            int[] listed = previous.holders().get(term);
            if (listed == null) {
                return Optional.empty();
            }
            h = new java.util.TreeSet<>();
            for (int j : listed) {
                h.add(j);
            }
            changed.put(term, h);
        }
        return Optional.of(h);
    }

    /**
     * How many of an article's next best terms after its key terms it keeps with their counts: an
     * edit to a common term is then checked against the term's own weight there, not a bound.
     */
    static final int RESERVE = 12;

    /** How many terms more the reserve takes at most while they weigh what its last one weighs. */
    static final int TIED = 24;

    /** How often each term occurs in the article: its title's terms twice, its body's once. */
    static Map<String, Integer> counts(Article article, Function<String, List<String>> analyzer) {
        Map<String, Integer> tf = new HashMap<>();
        for (String term : analyzer.apply(article.title())) {
            tf.merge(term, 2, Integer::sum);
        }
        for (String term : analyzer.apply(article.body().plainText())) {
            tf.merge(term, 1, Integer::sum);
        }
        return tf;
    }

    /** A term's TF-IDF weight in an article holding it {@code count} times, when {@code df} of {@code n} articles hold it. */
    static double weight(int count, int df, int n) {
        return (1 + Math.log(count)) * Math.log(1.0 + (double) n / df);
    }

    /** The {@code keep} highest TF-IDF terms of one article, scaled to unit length. A term in only one article does not count. */
    private static KeyVector vector(Map<String, Integer> tf, ToIntFunction<String> documentFrequency, int n, int keep) {
        Map<String, Double> weights = new HashMap<>();
        tf.forEach((term, count) -> {
            int df = documentFrequency.applyAsInt(term);
            if (df > 1 || n == 1) {
                weights.put(term, weight(count, df, n));
            }
        });
        List<Map.Entry<String, Double>> ranked = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(keep + RESERVE + TIED + 1L).toList();
        List<Map.Entry<String, Double>> top = ranked.subList(0, Math.min(keep, ranked.size()));
        double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        List<Map.Entry<String, Double>> byTerm = top.stream().sorted(Map.Entry.comparingByKey()).toList();
        String[] terms = new String[byTerm.size()];
        double[] scaled = new double[byTerm.size()];
        int[] counts = new int[byTerm.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = byTerm.get(i).getKey();
            scaled[i] = norm == 0 ? 0 : byTerm.get(i).getValue() / norm;
            counts[i] = tf.get(terms[i]);
        }
        double floor = weights.size() >= keep && keep > 0 ? top.get(keep - 1).getValue() : Double.NEGATIVE_INFINITY;
        // The reserve runs on past RESERVE terms while they weigh what its last one weighs: the
        // ceiling is then the weight of a lighter term, and a change of the number of articles,
        // which moves every weight by a hair, cannot take an unkept term past a kept one.
        int end = Math.min(keep + RESERVE, ranked.size());
        while (end > keep && end < ranked.size() && end < keep + RESERVE + TIED
                && ranked.get(end).getValue().equals(ranked.get(end - 1).getValue())) {
            end++;
        }
        String[] reserve = ranked.subList(top.size(), end).stream()
                .map(Map.Entry::getKey).sorted().toArray(String[]::new);
        int[] reserveCounts = new int[reserve.length];
        for (int i = 0; i < reserve.length; i++) {
            reserveCounts[i] = tf.get(reserve[i]);
        }
        double ceiling = ranked.size() > end ? ranked.get(end).getValue() : Double.NEGATIVE_INFINITY;
        return new KeyVector(terms, scaled, counts, floor, reserve, reserveCounts, ceiling);
    }

    /** What related lists read of an article besides its text: tag keys, topic ids and its date (ties go to the newer). */
    private static String labels(Article article) {
        return String.join("\u0001", article.tags().stream().map(Tag::key).toList()) + "\u0002"
                + String.join("\u0001", article.topics()) + "\u0002" + article.date();
    }

    /** Whether two of {@link #labels}' strings differ at most in the date, their last part. */
    static boolean onlyDatesDiffer(String a, String b) {
        int end = a.lastIndexOf('\u0002');
        return end == b.lastIndexOf('\u0002') && a.regionMatches(0, b, 0, end);
    }

    private static Map<String, TermStats> termStats(Map<String, int[]> stats) {
        Map<String, TermStats> result = new HashMap<>();
        stats.forEach((term, s) -> result.put(term, new TermStats(s[0])));
        return result;
    }
}
