package org.warraq.text;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** English: Lucene's English stop words (plus a few pronouns and auxiliaries), Lucene's Porter stemmer. */
final class EnglishRules implements LanguageRules {

  // "s" and "t" are what segmentation leaves of possessives and contractions (coalition's, don't).
  private static final Set<String> STOP_WORDS = stopWords(
      "from", "has", "have", "had", "its", "were", "been", "which", "who", "he", "she", "we", "his",
      "her", "s", "t");

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

  private static Set<String> stopWords(String... extra) {
    Set<String> words = new HashSet<>();
    CharArraySet lucene = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    for (Object word : lucene) {
      words.add(new String((char[]) word));
    }
    words.addAll(Set.of(extra));
    return Set.copyOf(words);
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
