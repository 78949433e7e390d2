package org.warraq.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one analysis pipeline, parameterized by language rules: segment the input into words, then
 * per word NFKC, lower-case, normalize, segment again (normalization may split a ligature such as
 * U+FDFA into words), drop stop words, stem. Offsets always refer to the original input.
 */
final class RuleAnalyzer implements TextAnalyzer {

  /**
   * Words remembered at most. A news archive repeats a small vocabulary (Zipf), so remembering the
   * terms of each surface word makes analysing a large site several times cheaper; past the cap,
   * new words are analysed without being remembered, so memory stays bounded.
   */
  private static final int MEMO_LIMIT = 400_000;

  private static final String[] NO_TERMS = {};

  private final LanguageRules rules;
  /** Surface word → its terms; analysis is a pure function of the word, so sharing is safe. */
  private final Map<String, String[]> memo = new ConcurrentHashMap<>();

  RuleAnalyzer(LanguageRules rules) {
    this.rules = rules;
  }

  @Override
  public List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    for (Token token : tokens(text)) {
      terms.add(token.term());
    }
    return terms;
  }

  @Override
  public List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    for (WordSegmenter.Span span : WordSegmenter.split(text)) {
      String surface = text.substring(span.start(), span.end());
      for (String term : termsOf(surface)) {
        tokens.add(new Token(term, surface, span.start(), span.end()));
      }
    }
    return tokens;
  }

  /** The terms of one surface word: normalized, split again, stop words dropped, stemmed. */
  private String[] termsOf(String surface) {
    String[] known = memo.get(surface);
    if (known != null) {
      return known;
    }
    String normalized = normalize(surface);
    List<String> terms = new ArrayList<>(1);
    for (WordSegmenter.Span part : WordSegmenter.split(normalized)) {
      String word = normalized.substring(part.start(), part.end());
      if (!rules.isStopWord(word)) {
        terms.add(rules.stem(word));
      }
    }
    String[] result = terms.isEmpty() ? NO_TERMS : terms.toArray(String[]::new);
    if (memo.size() < MEMO_LIMIT) {
      memo.put(surface, result);
    }
    return result;
  }

  @Override
  public String normalize(String word) {
    // Most words are already in NFKC; checking is much cheaper than normalizing.
    String nfkc = Normalizer.isNormalized(word, Normalizer.Form.NFKC)
        ? word : Normalizer.normalize(word, Normalizer.Form.NFKC);
    String folded = nfkc.toLowerCase(Locale.ROOT);
    return rules.normalize(folded);
  }

  @Override
  public String prefix(String partialWord) {
    String normalized = normalize(partialWord);
    List<WordSegmenter.Span> words = WordSegmenter.split(normalized);
    if (words.isEmpty()) {
      return "";
    }
    // Only the last word is still being typed; earlier ones are whole words for terms().
    WordSegmenter.Span last = words.get(words.size() - 1);
    return rules.stripPrefix(normalized.substring(last.start(), last.end()));
  }
}
