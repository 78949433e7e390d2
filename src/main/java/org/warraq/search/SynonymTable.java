package org.warraq.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.warraq.text.TextAnalyzer;

/**
 * Spelling-variant groups as one language's queries see them: each variant analyzed into its
 * terms (a multi-word variant is a phrase), so the browser compares analyzed query words with
 * them and never analyzes the table itself.
 *
 * <p>Variants that analyze alike collapse into one; groups sharing a variant merge, because
 * "A = B" and "B = C" must make a query for A find C; a group none of whose variants occurs in
 * the index is left out of the manifest, since no query could gain from it.
 */
public final class SynonymTable {

  private SynonymTable() {}

  // The distinct analyzed variants of one group, in the order written: one term, or a phrase's
  // terms; a variant of stop words only has none and is left out.
  private static List<List<String>> analyzeGroup(List<String> variants, TextAnalyzer analyzer) {
    Set<List<String>> distinct = new LinkedHashSet<>();
    for (String variant : variants) {
      List<String> terms = analyzer.terms(variant);
      if (!terms.isEmpty()) {
        distinct.add(List.copyOf(terms));
      }
    }
    return List.copyOf(distinct);
  }

  /** The multi-word variants of all groups, analyzed: indexed as one term each (see AnalyzedDocument). */
  static List<List<String>> phrases(List<List<String>> groups, TextAnalyzer analyzer) {
    Set<List<String>> phrases = new LinkedHashSet<>();
    for (List<String> group : groups) {
      analyzeGroup(group, analyzer).stream().filter(v -> v.size() > 1).forEach(phrases::add);
    }
    return List.copyOf(phrases);
  }

  /** What became of one site.yaml group in one language's index. */
  public enum Use {
    /** In the manifest: a query for one variant finds the others. */
    APPLIED,
    /** Its variants occur in the index but analyze alike: search already treats them as one. */
    ALIKE,
    /** None of its variants occurs in the index. */
    UNUSED
  }

  /** How each of {@code groups}, in order, is used in an index whose terms are {@code indexed}. */
  static List<Use> uses(List<List<String>> groups, TextAnalyzer analyzer, Predicate<String> indexed) {
    List<Use> uses = new ArrayList<>();
    for (List<String> group : groups) {
      List<List<String>> variants = analyzeGroup(group, analyzer);
      boolean present = variants.stream().anyMatch(v -> indexed.test(String.join(" ", v)));
      uses.add(!present ? Use.UNUSED : variants.size() < 2 ? Use.ALIKE : Use.APPLIED);
    }
    return uses;
  }

  /** The table for a manifest: merged groups of at least two variants, one of them indexed. */
  static List<List<List<String>>> build(List<List<String>> groups, TextAnalyzer analyzer,
      Predicate<String> indexed) {
    List<Set<List<String>>> merged = new ArrayList<>();
    for (List<String> group : groups) {
      Set<List<String>> variants = new LinkedHashSet<>(analyzeGroup(group, analyzer));
      for (int i = merged.size() - 1; i >= 0; i--) {
        if (merged.get(i).stream().anyMatch(variants::contains)) {
          Set<List<String>> joined = merged.remove(i);
          joined.addAll(variants);
          variants = joined;
        }
      }
      merged.add(variants);
    }
    List<List<List<String>>> table = new ArrayList<>();
    for (Set<List<String>> variants : merged) {
      boolean useful = variants.stream().anyMatch(v -> indexed.test(String.join(" ", v)));
      if (variants.size() >= 2 && useful) {
        table.add(List.copyOf(variants));
      }
    }
    return table;
  }
}
