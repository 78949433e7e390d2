package org.warraq.text;

import java.util.List;

/** Language-aware text analysis shared by indexing (Java) and querying (its JavaScript twin). */
public interface TextAnalyzer {

  /** Index/query terms of a text, in order (normalized, stop words removed, stemmed). */
  List<String> terms(String text);

  /** Tokens with their surface spans, for highlighting: term + start/end char offsets in the input. */
  List<Token> tokens(String text);

  /** Normalization without stemming: what a typed prefix is compared with. */
  String normalize(String word);

  /**
   * The form of a partly typed word that index terms are prefix-matched against: normalized and
   * stripped of leading clitics (whose end is already typed), but never of suffixes (which may not be).
   */
  String prefix(String partialWord);
}
