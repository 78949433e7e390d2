package org.warraq.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * terms, and candidates are only the articles that share a tag or one of those terms
 * (posting lists longer than {@value #MAX_POSTING} are too common to tell articles apart and
 * are skipped). Ties break by date, then name, so the result is deterministic.
 */
public final class RelatedArticles {
    static final int KEY_TERMS = 12;
    static final int MAX_POSTING = 400;

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
        Map<String, Integer> topicSizes = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (String term : vectors.get(i).keySet()) {
                byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
            for (Tag tag : articles.get(i).tags()) {
                byTag.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(i);
            }
            for (String topic : articles.get(i).topics()) {
                topicSizes.merge(topic, 1, Integer::sum);
            }
        }
        Scorer scorer = new Scorer(articles, vectors, byTerm, byTag, topicSizes);
        // Each article's list is independent of the others': spread them over all cores.
        List<List<PageId>> lists = java.util.stream.IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> scorer.best(i, count)).toList();
        Map<PageId, List<PageId>> result = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            result.put(articles.get(i).id(), lists.get(i));
        }
        return result;
    }

    /**
     * Scores an article's candidates by walking its tags' and terms' posting lists once and
     * adding up contributions per candidate, instead of comparing it with each candidate in turn.
     * Each candidate's sum is made in the same order as comparing the pair directly would
     * (topics, then shared tags, then the cosine over this article's terms in order), so scores
     * and ties are exactly those of the pairwise definition.
     */
    private static final class Scorer {
        private final List<Article> articles;
        private final List<Map<String, Double>> vectors;
        private final Map<String, List<Integer>> byTerm;
        private final Map<String, List<Integer>> byTag;
        private final Map<String, Integer> topicSizes;

        Scorer(List<Article> articles, List<Map<String, Double>> vectors, Map<String, List<Integer>> byTerm,
                Map<String, List<Integer>> byTag, Map<String, Integer> topicSizes) {
            this.articles = articles;
            this.vectors = vectors;
            this.byTerm = byTerm;
            this.byTag = byTag;
            this.topicSizes = topicSizes;
        }

        List<PageId> best(int self, int count) {
            Article x = articles.get(self);
            Map<Integer, double[]> candidates = new HashMap<>(); // j → {shared tags, cosine}
            for (Tag tag : x.tags()) {
                List<Integer> posting = byTag.get(tag.key());
                if (posting.size() <= MAX_POSTING) {
                    posting.forEach(j -> candidates.computeIfAbsent(j, k -> new double[2]));
                }
            }
            for (String term : vectors.get(self).keySet()) {
                List<Integer> posting = byTerm.get(term);
                if (posting.size() <= MAX_POSTING) {
                    posting.forEach(j -> candidates.computeIfAbsent(j, k -> new double[2]));
                }
            }
            candidates.remove(self);
            for (Tag tag : x.tags()) {
                List<Integer> posting = byTag.get(tag.key());
                if (posting.size() <= candidates.size()) {
                    int previous = -1;
                    for (int j : posting) {
                        double[] c = candidates.get(j);
                        // An article with two labels of one key is listed twice; it counts once, for an equal tag.
                        if (c != null && j != previous && articles.get(j).tags().contains(tag)) {
                            c[0] += 1;
                        }
                        previous = j;
                    }
                } else {
                    candidates.forEach((j, c) -> c[0] += articles.get(j).tags().contains(tag) ? 1 : 0);
                }
            }
            for (var e : vectors.get(self).entrySet()) {
                List<Integer> posting = byTerm.get(e.getKey());
                double weight = e.getValue();
                if (posting.size() <= candidates.size()) {
                    posting.forEach(j -> {
                        double[] c = candidates.get(j);
                        if (c != null) {
                            c[1] += weight * vectors.get(j).get(e.getKey());
                        }
                    });
                } else {
                    candidates.forEach((j, c) -> {
                        Double other = vectors.get(j).get(e.getKey());
                        if (other != null) {
                            c[1] += weight * other;
                        }
                    });
                }
            }
            int total = articles.size();
            List<Map.Entry<Integer, Double>> scored = new ArrayList<>();
            candidates.forEach((j, c) -> {
                Article y = articles.get(j);
                double score = 0;
                for (String topic : x.topics()) {
                    if (y.topics().contains(topic)) {
                        score += 0.5 * Math.log(1.0 + (double) total / topicSizes.get(topic));
                    }
                }
                for (int k = 0; k < c[0]; k++) {
                    score += 1.0;
                }
                score += 3.0 * c[1];
                if (score > 0) {
                    scored.add(Map.entry(j, score));
                }
            });
            return scored.stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                            .thenComparing(e -> articles.get(e.getKey()).date(), Comparator.reverseOrder())
                            .thenComparing(e -> articles.get(e.getKey()).id().name()))
                    .limit(count).map(e -> articles.get(e.getKey()).id()).toList();
        }
    }
}
