package org.warraq.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.warraq.model.Article;
import org.warraq.model.Edition;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.model.Tag;
import org.warraq.parallel.Parallel;

/**
 * The N most related articles of each article, within its language.
 *
 * <p>Score: shared topics (rarer ones weigh more) and tags plus the cosine similarity of the
 * articles' most distinctive terms after language-aware analysis. It scales because no pair
 * of full texts is compared: each article keeps only its {@value #KEY_TERMS} highest TF-IDF
 * terms, and candidates are only the articles that share a tag, one of those terms or a small
 * topic (posting lists longer than {@value #MAX_POSTING}, topics larger than
 * {@value #MAX_TOPIC_POSTING}, are too common to tell articles apart and are skipped); the best
 * are kept in a bounded list, never sorted in full. Ties break by date, then name, so the result is deterministic.
 */
public final class RelatedArticles {
    static final int KEY_TERMS = 12;
    static final int MAX_POSTING = 100;
    /** Topics are broad: they propose candidates only while small (on small sites, where text and tags may not). */
    static final int MAX_TOPIC_POSTING = 100;

    /**
     * Where one language's lists and key terms may come from instead of being computed: what an
     * earlier build remembered of them. The key terms are brought up to date with the edits since
     * ({@link KeyTerms#update}); the lists are kept if nothing they are ranked by changed.
     */
    public interface Memo {
        /** Remembers nothing: every language is analyzed and ranked. */
        Memo NONE = new Memo() {
            @Override
            public Optional<Remembered> recall(String language) {
                return Optional.empty();
            }

            @Override
            public void remember(String language, Remembered remembered) {
            }
        };

        /** What the last build left for {@code language}, if anything. */
        Optional<Remembered> recall(String language);

        /** Keeps what this build made for {@code language}. */
        void remember(String language, Remembered remembered);
    }

    /** One language's related lists (at most {@code count} each) and the key terms they were ranked by. */
    public record Remembered(KeyTermIndex index, int count, Map<PageId, List<PageId>> lists) {
        public Remembered {
            lists = Map.copyOf(lists);
        }
    }

    private final Function<String, Function<String, List<String>>> analyzers;
    private final Memo memo;

    /**
     * {@code analyzers} gives, per language code, the function from text to analyzed terms;
     * {@code memo} may supply a language's key terms and lists from an earlier build.
     */
    public RelatedArticles(Function<String, Function<String, List<String>>> analyzers, Memo memo) {
        this.analyzers = analyzers;
        this.memo = memo;
    }

    /**
     * Article → related articles, best first, at most {@code count}; {@code history} tells which
     * articles changed since the memo's were made; {@code progress} hears of each article done.
     */
    public Map<PageId, List<PageId>> of(Site site, int count, SourceHistory history, org.warraq.problem.Progress progress) {
        Map<PageId, List<PageId>> result = new HashMap<>();
        if (count == 0) { // "related: 0": none shown, so none worked out (no article analyzed)
            site.articles().keySet().forEach(id -> result.put(id, List.of()));
            return result;
        }
        progress.start("related", site.articles().size());
        for (Edition edition : site.editions().values()) {
            List<Article> articles = edition.articles().stream().map(site::article).toList();
            Function<String, List<String>> analyzer = analyzers.apply(edition.code());
            Optional<Remembered> remembered = memo.recall(edition.code()).filter(r -> r.count() == count);
            Optional<KeyTermIndex> updated = remembered
                    .flatMap(r -> KeyTerms.update(r.index(), articles, history, analyzer, KEY_TERMS));
            if (updated.isPresent()) {
                articles.forEach(a -> progress.advance());
            }
            // Analyzing every article is the long part: progress (and a stop) is heard article by article.
            KeyTermIndex index = updated.orElseGet(() -> KeyTerms.index(articles, history, analyzer, KEY_TERMS, progress));
            Map<PageId, List<PageId>> lists = remembered.isPresent() && index.ranksLike(remembered.get().index())
                    ? remembered.get().lists()
                    : remembered.flatMap(r -> rerank(articles, index, r, count)).orElseGet(() -> rank(articles, index, count));
            // A language none of whose articles changed has its memo already: encoding it again
            // (3 MB for the 7,000 English articles of the 10k corpus) would give the same bytes.
            boolean unchanged = remembered.isPresent() && index == remembered.get().index()
                    && lists == remembered.get().lists();
            if (!unchanged) {
                memo.remember(edition.code(), new Remembered(index, count, lists));
            }
            result.putAll(lists);
        }
        progress.finish();
        return result;
    }

    /** Each article's best {@code count} others by shared key terms, tags and topics. */
    static Map<PageId, List<PageId>> rank(List<Article> articles, KeyTermIndex index, int count) {
        Postings postings = Postings.of(articles, index.vectors());
        return rank(articles, postings, Scores.of(articles, index.vectors(), postings), count, i -> true, Map.of());
    }

    /**
     * The lists {@code remembered} holds, with those that edits to key terms or dates can have
     * changed ranked again; empty unless the articles and their tags and topics are as they were
     * (in any order) and few vectors or dates changed. A list can change only if its article's
     * vector or date changed, or it reads a key term's posting that grew past {@value #MAX_POSTING}
     * or shrank within it, or an article whose vector or date changed was ranked in it, or is a
     * candidate now (sharing a key term, tag or topic is symmetric) that would be ranked in it: a
     * full list whose last article it does not outscore keeps its place. Every other list has the
     * same candidates with the same scores, in the same order by date among equal scores (a date
     * change moves one article among the others, whose order stays): it is kept.
     */
    static Optional<Map<PageId, List<PageId>>> rerank(List<Article> articles, KeyTermIndex index, Remembered remembered,
            int count) {
        // A date change moves an article in the order: the remembered index is taken into the new one.
        KeyTermIndex before = remembered.index().inOrderOf(index.names()).orElse(null);
        int n = articles.size();
        if (remembered.count() != count || before == null) {
            return Optional.empty();
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean relabelled = !before.labels().get(i).equals(index.labels().get(i));
            if (relabelled && !KeyTerms.onlyDatesDiffer(before.labels().get(i), index.labels().get(i))) {
                return Optional.empty(); // other tags or topics: other candidates and scores
            }
            // A new date changes no score, only which of two equal scores goes first: it counts as a
            // changed vector would for the lists it may rank in.
            if (relabelled || !before.vectors().get(i).equals(index.vectors().get(i))) {
                changed.add(i);
            }
        }
        if (changed.size() > Math.max(32, n / 4)) {
            return Optional.empty();
        }
        Postings then = Postings.of(articles, before.vectors());
        Postings now = Postings.of(articles, index.vectors());
        Scores scores = Scores.of(articles, index.vectors(), now);
        Map<PageId, Integer> position = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            position.put(articles.get(i).id(), i);
        }
        java.util.BitSet again = new java.util.BitSet(n);
        changed.forEach(again::set);
        java.util.Set<String> terms = new java.util.TreeSet<>();
        for (int v : changed) {
            java.util.BitSet candidateOf = new java.util.BitSet(n);
            now.sources(v, articles, index.vectors()).forEach(p -> p.forEach(candidateOf::set));
            java.util.BitSet wasOrIsCandidateOf = new java.util.BitSet(n);
            then.sources(v, articles, before.vectors()).forEach(p -> p.forEach(wasOrIsCandidateOf::set));
            wasOrIsCandidateOf.or(candidateOf);
            PageId moved = articles.get(v).id();
            wasOrIsCandidateOf.stream().filter(i -> !again.get(i)).forEach(i -> {
                List<PageId> list = remembered.lists().get(articles.get(i).id());
                if (list == null || list.contains(moved) || candidateOf.get(i)
                        && scores.wouldRank(i, v, list.size() < count ? -1 : position.get(list.get(list.size() - 1)))) {
                    again.set(i);
                }
            });
            terms.addAll(List.of(before.vectors().get(v).terms()));
            terms.addAll(List.of(index.vectors().get(v).terms()));
        }
        for (String term : terms) {
            List<Integer> a = then.byTerm().getOrDefault(term, List.of());
            List<Integer> b = now.byTerm().getOrDefault(term, List.of());
            if ((a.size() <= MAX_POSTING) != (b.size() <= MAX_POSTING)) {
                a.forEach(again::set);
                b.forEach(again::set);
            }
        }
        return Optional.of(rank(articles, now, scores, count, again::get, remembered.lists()));
    }

    /** Who may be related to whom: the articles holding each key term, tag and topic, by position. */
    private record Postings(Map<String, List<Integer>> byTerm, Map<String, List<Integer>> byTag,
            Map<String, List<Integer>> byTopic) {
        static Postings of(List<Article> articles, List<KeyTermIndex.KeyVector> vectors) {
            Map<String, List<Integer>> byTerm = new HashMap<>();
            Map<String, List<Integer>> byTag = new HashMap<>();
            Map<String, List<Integer>> byTopic = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                for (String term : vectors.get(i).terms()) {
                    byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
                }
                for (Tag tag : articles.get(i).tags()) {
                    byTag.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(i);
                }
                for (String topic : articles.get(i).topics()) {
                    byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(i);
                }
            }
            return new Postings(byTerm, byTag, byTopic);
        }

        /**
         * The postings article {@code i}'s candidates come from: its tags', its topics' while small,
         * its key terms'; each at most {@value #MAX_POSTING} long (longer ones are too common to
         * tell articles apart).
         */
        List<List<Integer>> sources(int i, List<Article> articles, List<KeyTermIndex.KeyVector> vectors) {
            List<List<Integer>> postings = new ArrayList<>();
            articles.get(i).tags().forEach(tag -> postings.add(byTag.get(tag.key())));
            articles.get(i).topics().stream().map(byTopic::get).filter(p -> p.size() <= MAX_TOPIC_POSTING).forEach(postings::add);
            for (String term : vectors.get(i).terms()) {
                postings.add(byTerm.get(term));
            }
            postings.removeIf(p -> p.size() > MAX_POSTING);
            return postings;
        }
    }

    /**
     * As {@link #rank(List, KeyTermIndex, int)} for the articles {@code again} accepts, with the
     * {@code postings} and {@code scores} of the vectors now; the others' lists from {@code kept}.
     */
    private static Map<PageId, List<PageId>> rank(List<Article> articles, Postings postings, Scores scores, int count,
            java.util.function.IntPredicate again, Map<PageId, List<PageId>> kept) {
        List<KeyTermIndex.KeyVector> vectors = scores.vectors();
        int total = articles.size();
        Map<PageId, List<PageId>> result = new HashMap<>();
        for (Article article : articles) {
            result.put(article.id(), kept.get(article.id()));
        }
        int[] toRank = java.util.stream.IntStream.range(0, total)
                .filter(i -> again.test(i) || result.get(articles.get(i).id()) == null).toArray();
        if (toRank.length == 0) {
            return result; // a rebuild where no key terms changed: every list kept
        }
        // Each article's list is independent of the others': computed in parallel, each thread
        // marking the candidates it has seen in its own array, stamped with the article's index.
        ThreadLocal<int[]> seen = ThreadLocal.withInitial(() -> {
            int[] stamps = new int[total];
            java.util.Arrays.fill(stamps, -1);
            return stamps;
        });
        List<List<PageId>> lists = Parallel.mapIndices(toRank.length, k -> {
            int i = toRank[k];
            int[] seenBy = seen.get();
            Best best = new Best(count, scores);
            seenBy[i] = i;
            for (List<Integer> posting : postings.sources(i, articles, vectors)) {
                for (int j : posting) {
                    if (seenBy[j] != i) {
                        seenBy[j] = i;
                        best.offer(j, scores.score(i, j));
                    }
                }
            }
            return best.ranked().stream().map(j -> articles.get(j).id()).toList();
        });
        for (int k = 0; k < toRank.length; k++) {
            result.put(articles.get(toRank[k]).id(), lists.get(k));
        }
        return result;
    }

    /**
     * How well two articles go together: shared topics, tags and key terms (these weigh three
     * times), each a sum of products of weights; ties go to the newer article ({@code recency}).
     */
    private record Scores(List<KeyTermIndex.KeyVector> vectors, Features terms, Features tags, Features topics,
            int[] recency) {
        static Scores of(List<Article> articles, List<KeyTermIndex.KeyVector> vectors, Postings postings) {
            int total = articles.size();
            Features terms = Features.ofVectors(vectors, postings.byTerm().keySet());
            Features tags = Features.of(articles.stream().map(a -> a.tags().stream().map(Tag::key).toList()).toList(),
                    t -> 1.0, postings.byTag().keySet());
            // Square roots: the product of a shared topic's two weights is then the topic's weight.
            Features topics = Features.of(articles.stream().map(Article::topics).toList(),
                    t -> Math.sqrt(0.5 * Math.log(1.0 + (double) total / postings.byTopic().get(t).size())),
                    postings.byTopic().keySet());
            return new Scores(vectors, terms, tags, topics, recencyRanks(articles));
        }

        double score(int a, int b) {
            return topics.dot(a, b) + tags.dot(a, b) + 3.0 * terms.dot(a, b);
        }

        /** Whether candidate {@code a} with {@code scoreA} goes before {@code b} with {@code scoreB} in a list. */
        boolean before(int a, double scoreA, int b, double scoreB) {
            return scoreA != scoreB ? scoreA > scoreB : recency[a] < recency[b];
        }

        /**
         * Whether candidate {@code j}, not in article {@code i}'s list (ranked by these scores),
         * would be ranked in it: it counts at all, and the list has room ({@code last} negative) or
         * it goes before the list's last, at position {@code last}.
         */
        boolean wouldRank(int i, int j, int last) {
            double score = score(i, j);
            return score > 0 && (last < 0 || before(j, score, last, score(i, last)));
        }
    }

    /**
     * Sparse weighted features of every article (terms, tags or topics) as sorted int ids with
     * weights, so that the overlap of two articles is a merge of two short arrays, not hash lookups.
     * Ids follow the vocabulary's sorted order, so a dot product adds its terms in an order that
     * does not depend on how the build came by its maps. Made with arrays and loops, not a map and
     * a stream per article: a rebuild ranks a few lists again but needs every article's features,
     * and that ran on the build's one thread in code C1 compiled.
     */
    private record Features(int[][] ids, double[][] weights) {
        /** Key-term features: a vector's terms are sorted and distinct already, so their ids come out ascending. */
        static Features ofVectors(List<KeyTermIndex.KeyVector> vectors, java.util.Set<String> vocabulary) {
            Map<String, Integer> idOf = ids(vocabulary);
            int[][] ids = new int[vectors.size()][];
            double[][] weights = new double[vectors.size()][];
            for (int i = 0; i < vectors.size(); i++) {
                KeyTermIndex.KeyVector vector = vectors.get(i);
                int[] row = new int[vector.terms().length];
                boolean ascending = true;
                for (int k = 0; k < row.length; k++) {
                    row[k] = idOf.get(vector.terms()[k]);
                    ascending &= k == 0 || row[k] > row[k - 1];
                }
                if (ascending) {
                    ids[i] = row;
                    weights[i] = vector.weights(); // read only, as the vector's own
                } else {
                    sortById(row, vector.weights(), ids, weights, i);
                }
            }
            return new Features(ids, weights);
        }

        /** Label features (tags, topics): each article's {@code keys}, each weighing {@code weight} of the key. */
        static Features of(List<List<String>> keys, java.util.function.ToDoubleFunction<String> weight,
                java.util.Set<String> vocabulary) {
            Map<String, Integer> idOf = ids(vocabulary);
            Map<String, Double> weightOf = new HashMap<>();
            int[][] ids = new int[keys.size()][];
            double[][] weights = new double[keys.size()][];
            for (int i = 0; i < keys.size(); i++) {
                List<String> own = keys.get(i);
                int[] row = new int[own.size()];
                double[] w = new double[own.size()];
                for (int k = 0; k < row.length; k++) {
                    String key = own.get(k);
                    row[k] = idOf.get(key);
                    w[k] = weightOf.computeIfAbsent(key, weight::applyAsDouble);
                }
                sortById(row, w, ids, weights, i);
            }
            return new Features(ids, weights);
        }

        private static Map<String, Integer> ids(java.util.Set<String> vocabulary) {
            String[] sorted = vocabulary.toArray(new String[0]);
            java.util.Arrays.sort(sorted);
            Map<String, Integer> idOf = new HashMap<>(sorted.length * 2);
            for (int id = 0; id < sorted.length; id++) {
                idOf.put(sorted[id], id);
            }
            return idOf;
        }

        /**
         * Stores row {@code i} sorted by id; a key named twice counts once, with its last weight
         * (as a map of key to weight would have it).
         */
        private static void sortById(int[] row, double[] w, int[][] ids, double[][] weights, int i) {
            long[] packed = new long[row.length];
            for (int k = 0; k < row.length; k++) {
                packed[k] = (long) row[k] << 32 | k;
            }
            java.util.Arrays.sort(packed);
            int distinct = 0;
            for (int k = 0; k < packed.length; k++) {
                if (k + 1 < packed.length && packed[k + 1] >>> 32 == packed[k] >>> 32) {
                    continue; // the same id again further on: the later one wins
                }
                packed[distinct++] = packed[k];
            }
            int[] sortedIds = new int[distinct];
            double[] sortedWeights = new double[distinct];
            for (int k = 0; k < distinct; k++) {
                sortedIds[k] = (int) (packed[k] >>> 32);
                sortedWeights[k] = w[(int) packed[k]];
            }
            ids[i] = sortedIds;
            weights[i] = sortedWeights;
        }

        /** Sum over shared features of the product of their weights in {@code a} and {@code b}. */
        double dot(int a, int b) {
            int[] x = ids[a];
            int[] y = ids[b];
            double sum = 0;
            for (int p = 0, q = 0; p < x.length && q < y.length;) {
                if (x[p] == y[q]) {
                    sum += weights[a][p++] * weights[b][q++];
                } else if (x[p] < y[q]) {
                    p++;
                } else {
                    q++;
                }
            }
            return sum;
        }
    }

    /** Position of each article in {@link Article#NEWEST_FIRST} order: the tie-break, as one int. */
    private static int[] recencyRanks(List<Article> articles) {
        Integer[] order = new Integer[articles.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Article.NEWEST_FIRST.compare(articles.get(a), articles.get(b)));
        int[] ranks = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r;
        }
        return ranks;
    }

    /** The best {@code size} candidates seen so far, by score, then recency: no sort of all candidates. */
    private static final class Best {
        private final int size;
        private final Scores order;
        private final List<Integer> items = new ArrayList<>();
        private final List<Double> scores = new ArrayList<>();

        Best(int size, Scores order) {
            this.size = size;
            this.order = order;
        }

        void offer(int candidate, double score) {
            if (score <= 0) {
                return;
            }
            int at = items.size();
            while (at > 0 && order.before(candidate, score, items.get(at - 1), scores.get(at - 1))) {
                at--;
            }
            if (at < size) {
                items.add(at, candidate);
                scores.add(at, score);
                if (items.size() > size) {
                    items.remove(size);
                    scores.remove(size);
                }
            }
        }

        List<Integer> ranked() {
            return List.copyOf(items);
        }
    }
}
