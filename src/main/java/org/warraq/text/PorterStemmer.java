package org.warraq.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Porter (1980) stemmer as Lucene implements it. Lucene's PorterStemmer class is package
 * private, so a word goes through PorterStemFilter over a one-word token stream; both are reused
 * per thread because building an attribute source per word costs more than stemming it.
 * warraq-analyzer.js has the same algorithm in JavaScript.
 */
final class PorterStemmer {

  private static final ThreadLocal<PorterStemmer> PER_THREAD = ThreadLocal.withInitial(PorterStemmer::new);

  private final OneWord input = new OneWord();
  private final TokenStream filter = new PorterStemFilter(input);
  private final CharTermAttribute term = filter.getAttribute(CharTermAttribute.class);

  private PorterStemmer() {}

  /** The stem of a lower-case word of ASCII letters. */
  static String stem(String word) {
    return PER_THREAD.get().run(word);
  }

  private String run(String word) {
    input.word = word;
    try {
      filter.reset();
      String stem = filter.incrementToken() ? term.toString() : word;
      filter.end();
      filter.close();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no I/O happens: the input is a string
    }
  }

  /** A token stream of exactly one token, the word last set. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private String word = "";
    private boolean done;

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(word);
      done = true;
      return true;
    }

    @Override
    public void reset() {
      done = false;
    }
  }
}
