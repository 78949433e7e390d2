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
            this.workspaces = ThreadLocal.withInitial(() -> new Workspace(articles.size()));
        }

        /** Per-thread scratch space, reused for every article: candidate marks and sums by index. */
        private final ThreadLocal<Workspace> workspaces;

        private static final class Workspace {
            final int[] mark;
            final double[] tags;
            final double[] cosine;
            final int[] touched;
            int size;
            int stamp;

            Workspace(int n) {
                mark = new int[n];
                tags = new double[n];
                cosine = new double[n];
                touched = new int[n];
            }

            void reset() {
                stamp++;
                size = 0;
            }

            void add(int j) {
                if (mark[j] != stamp) {
                    mark[j] = stamp;
                    tags[j] = 0;
                    cosine[j] = 0;
                    touched[size++] = j;
                }
            }

            boolean has(int j) {
                return mark[j] == stamp;
            }
        }

        List<PageId> best(int self, int count) {
            Article x = articles.get(self);
            Workspace w = workspaces.get();
            w.reset();
            for (Tag tag : x.tags()) {
                List<Integer> posting = byTag.get(tag.key());
                if (posting.size() <= MAX_POSTING) {
                    posting.forEach(w::add);
                }
            }
            for (String term : vectors.get(self).keySet()) {
                List<Integer> posting = byTerm.get(term);
                if (posting.size() <= MAX_POSTING) {
                    posting.forEach(w::add);
                }
            }
            w.mark[self] = w.stamp - 1; // not a candidate of itself
            int[] candidates = java.util.Arrays.stream(w.touched, 0, w.size).filter(w::has).toArray();
            for (Tag tag : x.tags()) {
                List<Integer> posting = byTag.get(tag.key());
                if (posting.size() <= candidates.length) {
                    int previous = -1;
                    for (int j : posting) {
                        // An article with two labels of one key is listed twice; it counts once, for an equal tag.
                        if (w.has(j) && j != previous && articles.get(j).tags().contains(tag)) {
                            w.tags[j] += 1;
                        }
                        previous = j;
                    }
                } else {
                    for (int j : candidates) {
                        w.tags[j] += articles.get(j).tags().contains(tag) ? 1 : 0;
                    }
                }
            }
            for (var e : vectors.get(self).entrySet()) {
                List<Integer> posting = byTerm.get(e.getKey());
                double weight = e.getValue();
                if (posting.size() <= candidates.length) {
                    for (int j : posting) {
                        if (w.has(j)) {
                            w.cosine[j] += weight * vectors.get(j).get(e.getKey());
                        }
                    }
                } else {
                    for (int j : candidates) {
                        Double other = vectors.get(j).get(e.getKey());
                        if (other != null) {
                            w.cosine[j] += weight * other;
                        }
                    }
                }
            }
            // The best few by a running selection: sorting thousands of candidates per article
            // to keep three was most of the stage's time on large sites.
            int[] best = new int[count];
            double[] bestScores = new double[count];
            int found = 0;
            int total = articles.size();
            for (int j : candidates) {
                Article y = articles.get(j);
                double score = 0;
                for (String topic : x.topics()) {
                    if (y.topics().contains(topic)) {
                        score += 0.5 * Math.log(1.0 + (double) total / topicSizes.get(topic));
                    }
                }
                for (int k = 0; k < w.tags[j]; k++) {
                    score += 1.0;
                }
                score += 3.0 * w.cosine[j];
                if (score <= 0 || found == count && !better(j, score, best[count - 1], bestScores[count - 1])) {
                    continue;
                }
                int at = found < count ? found++ : count - 1;
                while (at > 0 && better(j, score, best[at - 1], bestScores[at - 1])) {
                    best[at] = best[at - 1];
                    bestScores[at] = bestScores[at - 1];
                    at--;
                }
                best[at] = j;
                bestScores[at] = score;
            }
            List<PageId> ids = new ArrayList<>(found);
            for (int k = 0; k < found; k++) {
                ids.add(articles.get(best[k]).id());
            }
            return List.copyOf(ids);
        }

        /** Higher score first; then newer; then by name. */
        private boolean better(int a, double scoreA, int b, double scoreB) {
            if (scoreA != scoreB) {
                return scoreA > scoreB;
            }
            int byDate = articles.get(a).date().compareTo(articles.get(b).date());
            if (byDate != 0) {
                return byDate > 0;
            }
            return articles.get(a).id().name().compareTo(articles.get(b).id().name()) < 0;
        }
    }
}
