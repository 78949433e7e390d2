package org.warraq.text;

/** The language-specific steps of {@link RuleAnalyzer}; each runs on one lower-cased NFKC word. */
interface LanguageRules {

  /** Orthographic normalization (may return an empty string, or text that segments into several words). */
  String normalize(String word);

  /** Whether a normalized word carries no meaning for search. */
  boolean isStopWord(String word);

  /** The index term of a normalized, non-stop word. */
  String stem(String word);

  /** A normalized, partly typed word without its leading clitics. */
  String stripPrefix(String word);
}
