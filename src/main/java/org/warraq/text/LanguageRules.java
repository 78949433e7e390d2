package org.warraq.text;

/**
 * The language-specific steps of {@link RuleAnalyzer}; each runs on one lower-cased NFKC word.
 * By default a language has no stop words, no stemming and no clitics: only its normalization.
 */
interface LanguageRules {

  /** Orthographic normalization (may return an empty string, or text that segments into several words). */
  String normalize(String word);

  /** Whether a normalized word carries no meaning for search. */
  default boolean isStopWord(String word) {
    return false;
  }

  /** The index term of a normalized, non-stop word. */
  default String stem(String word) {
    return word;
  }

  /** A normalized, partly typed word without its leading clitics. */
  default String stripPrefix(String word) {
    return word;
  }
}
