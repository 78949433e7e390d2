package org.warraq.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Ranking parameters and file-size targets of an index.
 *
 * @param weights            BM25F weight per field
 * @param lengthNorm         BM25F b per field: how much a long field dilutes its matches
 * @param k1                 BM25 term-frequency saturation
 * @param postingsShardBytes target raw size of a postings shard (one huge term may exceed it)
 * @param lexiconShardBytes  target raw size of a lexicon shard
 * @param positionsShardBytes target raw size of a positions shard
 * @param documentsPerShard  how many documents' metadata share one file
 * @param snippetChars       how much of a body the metadata keeps for snippets
 */
public record IndexOptions(
    Map<Field, Double> weights, Map<Field, Double> lengthNorm, double k1,
    int postingsShardBytes, int lexiconShardBytes, int positionsShardBytes,
    int documentsPerShard, int snippetChars) {

  /** Requires a weight and a length norm for every field. */
  public IndexOptions {
    weights = Map.copyOf(weights);
    lengthNorm = Map.copyOf(lengthNorm);
    for (Field field : Field.values()) {
      Objects.requireNonNull(weights.get(field), () -> "weight of " + field.key());
      Objects.requireNonNull(lengthNorm.get(field), () -> "length norm of " + field.key());
    }
  }

  /** Title and keywords dominate, the body counts least; sizes fit the 100 KB query budget. */
  public static IndexOptions defaults() {
    Map<Field, Double> weights = new EnumMap<>(Field.class);
    weights.put(Field.TITLE, 6.0);
    weights.put(Field.HEADINGS, 3.0);
    weights.put(Field.KEYWORDS, 4.0);
    weights.put(Field.SUMMARY, 2.0);
    weights.put(Field.BODY, 1.0);
    Map<Field, Double> norms = new EnumMap<>(Field.class);
    norms.put(Field.TITLE, 0.5);
    norms.put(Field.HEADINGS, 0.5);
    norms.put(Field.KEYWORDS, 0.3);
    norms.put(Field.SUMMARY, 0.5);
    norms.put(Field.BODY, 0.75);
    return new IndexOptions(weights, norms, 1.2, 40_000, 24_000, 64_000, 4, 1200);
  }
}
