package org.warraq.links;

import java.util.ArrayList;
import java.util.Comparator;
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
        return rank(articles, index, Postings.of(articles, index.vectors()), count, i -> true, Map.of());
    }

    /**
     * The lists {@code remembered} holds, with those that edits to key terms can have changed ranked
     * again; empty unless the articles, their order and their labels (tags, topics, dates) are as
     * they were and few vectors changed. A list can change only if its article's vector changed, or
     * it had or has as a candidate an article whose vector changed (sharing a key term, tag or topic
     * is symmetric), or it reads a key term's posting that grew past {@value #MAX_POSTING} or shrank
     * within it. Every other list has the same candidates with the same scores: it is kept.
     */
    static Optional<Map<PageId, List<PageId>>> rerank(List<Article> articles, KeyTermIndex index, Remembered remembered,
            int count) {
        KeyTermIndex before = remembered.index();
        int n = articles.size();
        if (remembered.count() != count || !before.names().equals(index.names()) || !before.labels().equals(index.labels())) {
            return Optional.empty();
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!before.vectors().get(i).equals(index.vectors().get(i))) {
                changed.add(i);
            }
        }
        if (changed.size() > Math.max(32, n / 4)) {
            return Optional.empty();
        }
        Postings then = Postings.of(articles, before.vectors());
        Postings now = Postings.of(articles, index.vectors());
        java.util.BitSet again = new java.util.BitSet(n);
        java.util.Set<String> terms = new java.util.TreeSet<>();
        for (int v : changed) {
            again.set(v);
            then.sources(v, articles, before.vectors()).forEach(p -> p.forEach(again::set));
            now.sources(v, articles, index.vectors()).forEach(p -> p.forEach(again::set));
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
        return Optional.of(rank(articles, index, now, count, again::get, remembered.lists()));
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
     * {@code postings} of {@code index}'s vectors; the others' lists from {@code kept}.
     */
    private static Map<PageId, List<PageId>> rank(List<Article> articles, KeyTermIndex index, Postings postings, int count,
            java.util.function.IntPredicate again, Map<PageId, List<PageId>> kept) {
        List<KeyTermIndex.KeyVector> vectors = index.vectors();
        int total = articles.size();
        Map<PageId, List<PageId>> result = new HashMap<>();
        for (Article article : articles) {
            result.put(article.id(), kept.get(article.id()));
        }
        int[] toRank = java.util.stream.IntStream.range(0, total)
                .filter(i -> again.test(i) || result.get(articles.get(i).id()) == null).toArray();
        if (toRank.length == 0) {
            return result; // a rebuild where no key terms changed: every list kept, no features needed
        }
        Features terms = Features.of(vectors.stream().map(RelatedArticles::weights).toList(), postings.byTerm().keySet());
        Features tags = Features.of(articles.stream().map(a -> weights(a.tags().stream().map(Tag::key).toList(), t -> 1.0)).toList(),
                postings.byTag().keySet());
        // Square roots: the product of a shared topic's two weights is then the topic's weight.
        Features topics = Features.of(articles.stream().map(a -> weights(a.topics(),
                t -> Math.sqrt(0.5 * Math.log(1.0 + (double) total / postings.byTopic().get(t).size())))).toList(),
                postings.byTopic().keySet());
        int[] recency = recencyRanks(articles);
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
            Best best = new Best(count, recency);
            seenBy[i] = i;
            for (List<Integer> posting : postings.sources(i, articles, vectors)) {
                for (int j : posting) {
                    if (seenBy[j] != i) {
                        seenBy[j] = i;
                        best.offer(j, topics.dot(i, j) + tags.dot(i, j) + 3.0 * terms.dot(i, j));
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

    /** A key-term vector as term → weight. */
    private static Map<String, Double> weights(KeyTermIndex.KeyVector vector) {
        Map<String, Double> map = new HashMap<>();
        for (int i = 0; i < vector.terms().length; i++) {
            map.put(vector.terms()[i], vector.weights()[i]);
        }
        return map;
    }

    private static Map<String, Double> weights(List<String> keys, Function<String, Double> weight) {
        Map<String, Double> map = new HashMap<>();
        keys.forEach(k -> map.put(k, weight.apply(k)));
        return map;
    }

    /**
     * Sparse weighted features of every article (terms, tags or topics) as sorted int ids with
     * weights, so that the overlap of two articles is a merge of two short arrays, not hash lookups.
     */
    private record Features(int[][] ids, double[][] weights) {
        static Features of(List<Map<String, Double>> perArticle, java.util.Set<String> vocabulary) {
            Map<String, Integer> idOf = new HashMap<>();
            vocabulary.stream().sorted().forEach(key -> idOf.put(key, idOf.size()));
            int[][] ids = new int[perArticle.size()][];
            double[][] weights = new double[perArticle.size()][];
            for (int i = 0; i < perArticle.size(); i++) {
                List<Map.Entry<Integer, Double>> entries = perArticle.get(i).entrySet().stream()
                        .map(e -> Map.entry(idOf.get(e.getKey()), e.getValue())).sorted(Map.Entry.comparingByKey()).toList();
                ids[i] = entries.stream().mapToInt(Map.Entry::getKey).toArray();
                weights[i] = entries.stream().mapToDouble(Map.Entry::getValue).toArray();
            }
            return new Features(ids, weights);
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

    /** Position of each article when sorted newest first, then by name: the tie-break, as one int. */
    private static int[] recencyRanks(List<Article> articles) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> articles.get(i).date(), Comparator.reverseOrder())
                .thenComparing(i -> articles.get(i).id().name()));
        int[] ranks = new int[articles.size()];
        for (int r = 0; r < order.size(); r++) {
            ranks[order.get(r)] = r;
        }
        return ranks;
    }

    /** The best {@code size} candidates seen so far, by score, then recency: no sort of all candidates. */
    private static final class Best {
        private final int size;
        private final int[] recency;
        private final List<Integer> items = new ArrayList<>();
        private final List<Double> scores = new ArrayList<>();

        Best(int size, int[] recency) {
            this.size = size;
            this.recency = recency;
        }

        void offer(int candidate, double score) {
            if (score <= 0) {
                return;
            }
            int at = items.size();
            while (at > 0 && before(candidate, score, items.get(at - 1), scores.get(at - 1))) {
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

        private boolean before(int a, double scoreA, int b, double scoreB) {
            return scoreA != scoreB ? scoreA > scoreB : recency[a] < recency[b];
        }

        List<Integer> ranked() {
            return List.copyOf(items);
        }
    }
}
