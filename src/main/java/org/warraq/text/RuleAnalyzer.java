package org.warraq.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one analysis pipeline, parameterized by language rules: segment the input into words, then
 * per word NFKC, lower-case, normalize, segment again (normalization may split a ligature such as
 * U+FDFA into words), drop stop words, stem. Offsets always refer to the original input.
 */
final class RuleAnalyzer implements TextAnalyzer {

  private final LanguageRules rules;

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
      String normalized = normalize(surface);
      for (WordSegmenter.Span part : WordSegmenter.split(normalized)) {
        String word = normalized.substring(part.start(), part.end());
        if (!rules.isStopWord(word)) {
          tokens.add(new Token(rules.stem(word), surface, span.start(), span.end()));
        }
      }
    }
    return tokens;
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
