package org.warraq.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Terms to postings, with BM25F's per-field part computed at build time: a posting carries the
 * document's pseudo term frequency sum(weight * tf / lengthNorm) over fields, scaled to an int.
 * The browser adds idf and saturation, which need nothing but this number and the document
 * frequency, so it never downloads per-document field lengths.
 */
final class InvertedIndex {

  /** Fixed-point factor of the stored pseudo frequencies. */
  static final int SCALE = 8;

  /** A term's postings as flat (document id, scaled pseudo frequency) pairs, ids ascending. */
  record Postings(int[] pairs) {
    int documentFrequency() {
      return pairs.length / 2;
    }
  }

  private final SortedMap<String, Postings> postings;
  private final SortedMap<String, IntList> positions;
  private final Map<Field, Double> averageLengths;

  private InvertedIndex(SortedMap<String, Postings> postings,
      SortedMap<String, IntList> positions, Map<Field, Double> averageLengths) {
    this.postings = postings;
    this.positions = positions;
    this.averageLengths = averageLengths;
  }

  /** Indexes documents whose ids are their positions in {@code documents}. */
  static InvertedIndex build(List<AnalyzedDocument> documents, IndexOptions options) {
    Map<Field, Double> averages = averageLengths(documents);
    Map<String, IntList> pairs = new HashMap<>();
    // Hash maps while adding (sorted maps cost a string comparison per level), sorted once after.
    Map<String, IntList> positions = new HashMap<>();
    for (int id = 0; id < documents.size(); id++) {
      AnalyzedDocument document = documents.get(id);
      Map<String, Double> pseudo = pseudoFrequencies(document, averages, options);
      for (Map.Entry<String, Double> e : pseudo.entrySet()) {
        IntList list = pairs.computeIfAbsent(e.getKey(), k -> new IntList());
        list.add(id);
        list.add(Math.max(1, (int) Math.round(e.getValue() * SCALE)));
      }
      addPositions(positions, id, document.stream());
    }
    SortedMap<String, Postings> postings = new TreeMap<>();
    pairs.forEach((term, list) -> postings.put(term, new Postings(list.toArray())));
    return new InvertedIndex(postings, new TreeMap<>(positions), averages);
  }

  SortedMap<String, Postings> postings() {
    return postings;
  }

  /**
   * Per term, flat runs of (document id, count, positions...) with ids ascending: the positions
   * of the term in each document's stream.
   */
  SortedMap<String, IntList> positions() {
    return positions;
  }

  Map<Field, Double> averageLengths() {
    return averageLengths;
  }

  private static Map<Field, Double> averageLengths(List<AnalyzedDocument> documents) {
    Map<Field, Double> averages = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      long total = 0;
      for (AnalyzedDocument d : documents) {
        total += d.fieldTerms().get(field).size();
      }
      // Never zero: a field empty everywhere must not divide by zero.
      averages.put(field, Math.max(1.0, documents.isEmpty() ? 1.0 : (double) total / documents.size()));
    }
    return averages;
  }

  private static Map<String, Double> pseudoFrequencies(AnalyzedDocument document,
      Map<Field, Double> averages, IndexOptions options) {
    Map<String, Double> pseudo = new HashMap<>();
    for (Field field : Field.values()) {
      List<String> terms = document.fieldTerms().get(field);
      double b = options.lengthNorm().get(field);
      double norm = 1 - b + b * terms.size() / averages.get(field);
      double weight = options.weights().get(field) / norm;
      for (String term : terms) {
        pseudo.merge(term, weight, Double::sum);
      }
    }
    return pseudo;
  }

  private static void addPositions(Map<String, IntList> positions, int id,
      List<String> stream) {
    Map<String, IntList> byTerm = new HashMap<>();
    for (int p = 0; p < stream.size(); p++) {
      String term = stream.get(p);
      if (term != null) {
        byTerm.computeIfAbsent(term, k -> new IntList()).add(p);
      }
    }
    byTerm.forEach((term, list) -> {
      IntList all = positions.computeIfAbsent(term, k -> new IntList());
      all.add(id);
      all.add(list.size());
      for (int i = 0; i < list.size(); i++) {
        all.add(list.get(i));
      }
    });
  }

  /** Terms in sorted order (for sharding). */
  List<String> terms() {
    return new ArrayList<>(postings.keySet());
  }
}
