package org.warraq.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.warraq.model.Article;
import org.warraq.model.Edition;
import org.warraq.model.PageId;
import org.warraq.model.Site;
import org.warraq.model.Tag;

/**
 * The N most related articles of each article, within its language.
 *
 * <p>Score: shared topics and tags (rarer ones weigh more) plus the cosine similarity of the
 * articles' most distinctive terms after language-aware analysis. It scales because no pair
 * of full texts is compared: each article keeps only its {@value #KEY_TERMS} highest TF-IDF
 * terms, and candidates are only the articles that share a tag, one of those terms or a small
 * topic (posting lists longer than {@value #MAX_POSTING}, topics larger than
 * {@value #MAX_TOPIC_POSTING}, are too common to tell articles apart and are skipped); the best
 * are kept in a bounded list, never sorted in full. Ties break by date, then name, so the result is deterministic.
 */
public final class RelatedArticles {
    static final int KEY_TERMS = 12;
    static final int MAX_POSTING = 400;
    /** Topics are broad: they propose candidates only while small (on small sites, where text and tags may not). */
    static final int MAX_TOPIC_POSTING = 100;

    private final Function<String, Function<String, List<String>>> analyzers;

    /** {@code analyzers} gives, per language code, the function from text to analyzed terms. */
    public RelatedArticles(Function<String, Function<String, List<String>>> analyzers) {
        this.analyzers = analyzers;
    }

    /** Article → related articles, best first, at most {@code count}. */
    public Map<PageId, List<PageId>> of(Site site, int count) {
        Map<PageId, List<PageId>> result = new HashMap<>();
        for (Edition edition : site.editions().values()) {
            List<Article> articles = edition.articles().stream().map(site::article).toList();
            result.putAll(forEdition(articles, analyzers.apply(edition.code()), count));
        }
        return result;
    }

    private Map<PageId, List<PageId>> forEdition(List<Article> articles, Function<String, List<String>> analyzer,
            int count) {
        List<Map<String, Double>> vectors = KeyTerms.of(articles, analyzer, KEY_TERMS);
        Map<String, List<Integer>> byTerm = new HashMap<>();
        Map<String, List<Integer>> byTag = new HashMap<>();
        Map<String, List<Integer>> byTopic = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (String term : vectors.get(i).keySet()) {
                byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
            for (Tag tag : articles.get(i).tags()) {
                byTag.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(i);
            }
            for (String topic : articles.get(i).topics()) {
                byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(i);
            }
        }
        int[] recency = recencyRanks(articles);
        int[] seenBy = new int[articles.size()];
        java.util.Arrays.fill(seenBy, -1);
        Map<PageId, List<PageId>> result = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Best best = new Best(count, recency);
            seenBy[i] = i;
            List<List<Integer>> postings = new ArrayList<>();
            articles.get(i).tags().forEach(tag -> postings.add(byTag.get(tag.key())));
            articles.get(i).topics().stream().map(byTopic::get).filter(p -> p.size() <= MAX_TOPIC_POSTING).forEach(postings::add);
            vectors.get(i).keySet().forEach(term -> postings.add(byTerm.get(term)));
            for (List<Integer> posting : postings) {
                if (posting == null || posting.size() > MAX_POSTING) {
                    continue;
                }
                for (int j : posting) {
                    if (seenBy[j] != i) {
                        seenBy[j] = i;
                        best.offer(j, score(articles, vectors, byTopic, articles.size(), i, j));
                    }
                }
            }
            result.put(articles.get(i).id(), best.ranked().stream().map(j -> articles.get(j).id()).toList());
        }
        return result;
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

    private static double score(List<Article> articles, List<Map<String, Double>> vectors, Map<String, List<Integer>> byTopic,
            int total, int a, int b) {
        Article x = articles.get(a);
        Article y = articles.get(b);
        double score = 0;
        for (String topic : x.topics()) {
            if (y.topics().contains(topic)) {
                score += 0.5 * Math.log(1.0 + (double) total / byTopic.get(topic).size());
            }
        }
        for (Tag tag : x.tags()) {
            if (y.tags().contains(tag)) {
                score += 1.0;
            }
        }
        return score + 3.0 * KeyTerms.cosine(vectors.get(a), vectors.get(b));
    }
}
