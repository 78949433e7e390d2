package org.warraq.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: maximal runs of letters or of decimal digits; combining marks stay with
 * the run they follow. Digits and letters are separate words so that "و37" or "covid19" yield the
 * number as a term of its own. The twin in warraq-analyzer.js must follow the same rules.
 */
final class WordSegmenter {

  /** A word's UTF-16 span in the segmented text. */
  record Span(int start, int end) {}

  private static final int OTHER = 0;
  private static final int LETTER = 1;
  private static final int DIGIT = 2;
  private static final int MARK = 3;

  private WordSegmenter() {}

  /** The spans of all words in {@code text}, in order. */
  static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int runStart = -1;
    int runKind = OTHER;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int kind = kindOf(cp);
      boolean continues = runStart >= 0 && (kind == runKind || kind == MARK);
      if (!continues) {
        if (runStart >= 0) {
          spans.add(new Span(runStart, i));
        }
        runStart = kind == OTHER ? -1 : i;
        runKind = kind == MARK ? LETTER : kind;
      }
      i += Character.charCount(cp);
    }
    if (runStart >= 0) {
      spans.add(new Span(runStart, text.length()));
    }
    return spans;
  }

  /**
   * The kinds of the code points below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic and its
   * supplement), looked up once: asking {@link Character} twice per character took 1.5% of a
   * cold 1,000-article build's CPU under C1, which inlines neither call.
   */
  private static final byte[] FIRST_KINDS = new byte[0x800];

  static {
    for (int cp = 0; cp < FIRST_KINDS.length; cp++) {
      FIRST_KINDS[cp] = (byte) kindByType(cp);
    }
  }

  static int kindOf(int cp) {
    return cp < FIRST_KINDS.length ? FIRST_KINDS[cp] : kindByType(cp);
  }

  static int kindByType(int cp) {
    switch (Character.getType(cp)) {
      case Character.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
        return MARK;
      default:
        return Character.isLetter(cp) ? LETTER : OTHER;
    }
  }
}
