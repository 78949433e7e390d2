package org.warraq.search;

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
 *
 * <p>The length norms divide by each field's average length rounded to a grid of points 1% apart
 * ({@link #averageLengths}). An edit of a few articles, a new or a deleted one then seldom moves
 * an average, so every other document's postings stay as they were and an index can be updated
 * by its changed documents alone ({@link SearchIndexBuilder#update}); the ranking differs from
 * exact averages by well under 1%.
 */
final class InvertedIndex {

  /** Fixed-point factor of the stored pseudo frequencies. */
  static final int SCALE = 8;

  private final TermTable postings;
  private final TermTable positions;
  private final Map<Field, Double> averageLengths;

  private InvertedIndex(TermTable postings, TermTable positions, Map<Field, Double> averageLengths) {
    this.postings = postings;
    this.positions = positions;
    this.averageLengths = averageLengths;
  }

  /** Indexes documents whose ids are their positions in {@code documents}. */
  static InvertedIndex build(List<AnalyzedDocument> documents, IndexOptions options) {
    Map<Field, Double> averages = averageLengths(fieldTotals(documents), documents.size());
    // Hash maps while adding (sorted maps cost a string comparison per level), sorted once after.
    // A term's lists grow document by document, so ids stay ascending in both.
    Map<String, IntList> pairs = new HashMap<>();
    Map<String, IntList> positions = new HashMap<>();
    for (int id = 0; id < documents.size(); id++) {
      AnalyzedDocument document = documents.get(id);
      int documentId = id;
      scaledFrequencies(document, averages, options).forEach((term, value) -> {
        IntList list = pairs.computeIfAbsent(term, k -> new IntList());
        list.add(documentId);
        list.add(value);
      });
      positionRuns(document, id).forEach((term, run) -> positions.computeIfAbsent(term, k -> new IntList()).addAll(run));
    }
    SortedMap<String, int[]> sortedPairs = new TreeMap<>();
    pairs.forEach((term, list) -> sortedPairs.put(term, list.toArray()));
    SortedMap<String, int[]> sortedPositions = new TreeMap<>();
    positions.forEach((term, list) -> sortedPositions.put(term, list.toArray()));
    return new InvertedIndex(TermTable.of(sortedPairs, TermTable.Coding.POSTINGS),
        TermTable.of(sortedPositions, TermTable.Coding.POSITIONS), averages);
  }

  /** An index of given postings and positions, made with {@code averageLengths} (an update's result). */
  static InvertedIndex of(TermTable postings, TermTable positions, Map<Field, Double> averageLengths) {
    return new InvertedIndex(postings, positions, averageLengths);
  }

  /**
   * Per term, flat (document id, scaled pseudo frequency) pairs with ids ascending: its document
   * frequency is half their count.
   */
  TermTable postings() {
    return postings;
  }

  /**
   * Per term, flat runs of (document id, count, positions...) with ids ascending: the positions
   * of the term in each document's stream.
   */
  TermTable positions() {
    return positions;
  }

  Map<Field, Double> averageLengths() {
    return averageLengths;
  }

  /** How many terms each field holds over all {@code documents}, in {@link Field} order. */
  static long[] fieldTotals(List<AnalyzedDocument> documents) {
    long[] totals = new long[Field.values().length];
    for (AnalyzedDocument d : documents) {
      add(totals, d, 1);
    }
    return totals;
  }

  /** Adds (sign 1) or takes away (sign -1) a document's field lengths. */
  static void add(long[] totals, AnalyzedDocument document, int sign) {
    for (Field field : Field.values()) {
      totals[field.ordinal()] += sign * (long) document.fieldTerms().get(field).size();
    }
  }

  /**
   * The grid averages are rounded to, in logarithms: neighbouring points 1% apart. Three
   * significant digits put them 0.1% apart at 900 and 1% apart at 100: a body's average of 486
   * words moved by a deletion of a long article or an edit adding fifty words at 1,000 articles.
   */
  private static final double GRID = StrictMath.log(1.01);

  /**
   * Each field's average length over {@code documents} documents, rounded to the nearest point of
   * a grid whose points are 1% apart (within 0.5% of the exact average); at least 1, so a field
   * empty everywhere never divides by zero. StrictMath: the same bytes on every machine.
   */
  static Map<Field, Double> averageLengths(long[] totals, int documents) {
    Map<Field, Double> averages = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      double average = documents == 0 ? 1.0 : (double) totals[field.ordinal()] / documents;
      double rounded = average <= 1.0 ? 1.0 : StrictMath.exp(Math.rint(StrictMath.log(average) / GRID) * GRID);
      averages.put(field, Math.max(1.0, rounded));
    }
    return averages;
  }

  /**
   * A document's scaled pseudo frequency of each of its terms (at least 1), in no particular order.
   * A term's sum is added up field by field in {@link Field} order, then term by term, so it is
   * the same number however the map orders its terms.
   */
  static Map<String, Integer> scaledFrequencies(AnalyzedDocument document, Map<Field, Double> averages,
      IndexOptions options) {
    // One mutable cell per term: merging boxed Doubles made a new object for every occurrence.
    Map<String, double[]> pseudo = new HashMap<>();
    for (Field field : Field.values()) {
      List<String> terms = document.fieldTerms().get(field);
      double b = options.lengthNorm().get(field);
      double norm = 1 - b + b * terms.size() / averages.get(field);
      double weight = options.weights().get(field) / norm;
      for (String term : terms) {
        pseudo.computeIfAbsent(term, k -> new double[1])[0] += weight;
      }
    }
    Map<String, Integer> scaled = new HashMap<>(pseudo.size() * 2);
    pseudo.forEach((term, value) -> scaled.put(term, Math.max(1, (int) Math.round(value[0] * SCALE))));
    return scaled;
  }

  /** Each term's run of (id, count, positions...) for the document with id {@code id}, positions ascending; terms in no particular order. */
  static Map<String, int[]> positionRuns(AnalyzedDocument document, int id) {
    // Each run is made in place: id, a count filled in at the end, then the positions as met.
    Map<String, IntList> byTerm = new HashMap<>();
    List<String> stream = document.stream();
    for (int p = 0; p < stream.size(); p++) {
      String term = stream.get(p);
      if (term != null) {
        IntList run = byTerm.get(term);
        if (run == null) {
          run = new IntList();
          run.add(id);
          run.add(0);
          byTerm.put(term, run);
        }
        run.add(p);
      }
    }
    Map<String, int[]> runs = new HashMap<>(byTerm.size() * 2);
    byTerm.forEach((term, list) -> {
      int[] run = list.toArray();
      run[1] = run.length - 2;
      runs.put(term, run);
    });
    return runs;
  }
}
