package org.warraq.links;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.warraq.model.Article;

/** The few most distinctive terms of each article (TF-IDF), as unit-length sparse vectors. */
final class KeyTerms {
    private KeyTerms() {
    }

    /** One vector per article, in the same order; title terms count double. */
    static List<Map<String, Double>> of(List<Article> articles, Function<String, List<String>> analyzer, int keep) {
        // Analysis dominates the cost; analyzers are stateless, so articles are analyzed in parallel
        // (toList keeps the encounter order, so the result does not depend on scheduling).
        List<Map<String, Integer>> counts = articles.parallelStream().map(article -> {
            Map<String, Integer> tf = new HashMap<>();
            for (String term : analyzer.apply(article.title())) {
                tf.merge(term, 2, Integer::sum);
            }
            for (String term : analyzer.apply(article.body().plainText())) {
                tf.merge(term, 1, Integer::sum);
            }
            return tf;
        }).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        counts.forEach(tf -> tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        int n = articles.size();
        // Each vector reads only its own counts and the shared frequencies: also on all cores.
        return counts.parallelStream().map(tf -> vector(tf, documentFrequency, n, keep)).toList();
    }

    /** The {@code keep} highest TF-IDF terms of one article, scaled to unit length. */
    private static Map<String, Double> vector(Map<String, Integer> tf, Map<String, Integer> documentFrequency, int n,
            int keep) {
        Map<String, Double> weights = new HashMap<>();
        tf.forEach((term, count) -> {
            int df = documentFrequency.get(term);
            if (df > 1 || n == 1) {
                weights.put(term, (1 + Math.log(count)) * Math.log(1.0 + (double) n / df));
            }
        });
        List<Map.Entry<String, Double>> top = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(keep).toList();
        double norm = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        Map<String, Double> vector = new HashMap<>();
        top.forEach(e -> vector.put(e.getKey(), norm == 0 ? 0 : e.getValue() / norm));
        return vector;
    }
}
