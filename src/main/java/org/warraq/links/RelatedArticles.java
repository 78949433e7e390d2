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
 * terms, and candidates are only the articles that share a topic, a tag or one of those terms
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
        Map<PageId, List<PageId>> result = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<Integer> candidates = new HashSet<>();
            for (Tag tag : articles.get(i).tags()) {
                addCandidates(candidates, byTag.get(tag.key()));
            }
            for (String topic : articles.get(i).topics()) {
                addCandidates(candidates, byTopic.get(topic));
            }
            for (String term : vectors.get(i).keySet()) {
                addCandidates(candidates, byTerm.get(term));
            }
            candidates.remove(i);
            final int self = i;
            List<Integer> best = candidates.stream()
                    .map(j -> Map.entry(j, score(articles, vectors, byTopic, articles.size(), self, j)))
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                            .thenComparing(e -> articles.get(e.getKey()).date(), Comparator.reverseOrder())
                            .thenComparing(e -> articles.get(e.getKey()).id().name()))
                    .limit(count).map(Map.Entry::getKey).toList();
            result.put(articles.get(i).id(), best.stream().map(j -> articles.get(j).id()).toList());
        }
        return result;
    }

    private static void addCandidates(Set<Integer> candidates, List<Integer> posting) {
        if (posting != null && posting.size() <= MAX_POSTING) {
            candidates.addAll(posting);
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
