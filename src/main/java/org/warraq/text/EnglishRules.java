package org.warraq.text;

import java.util.Set;

/** English: Lucene's English stop words (plus a few pronouns and auxiliaries), Porter stemming. */
final class EnglishRules implements LanguageRules {

  // "s" and "t" are what segmentation leaves of possessives and contractions (coalition's, don't).
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
      "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
      "they", "this", "to", "was", "will", "with", "from", "has", "have", "had", "its", "were",
      "been", "which", "who", "he", "she", "we", "his", "her", "s", "t");

  @Override
  public String normalize(String word) {
    return word;
  }

  @Override
  public boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  @Override
  public String stem(String word) {
    return isAsciiLetters(word) ? PorterStemmer.stem(word) : word;
  }

  @Override
  public String stripPrefix(String word) {
    return word;
  }

  private static boolean isAsciiLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
