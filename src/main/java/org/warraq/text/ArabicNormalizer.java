package org.warraq.text;

/**
 * Arabic orthographic normalization: Lucene's ArabicNormalizer (tashkeel, tatweel, أ إ آ → ا,
 * ى → ي, ة → ه) after a pass of our own for what it leaves alone but readers type
 * interchangeably: Arabic-Indic and Persian digits → 0-9, alef wasla ٱ → ا, Persian yeh and
 * keheh, and the rarer marks (U+0653–U+065F, superscript alef U+0670).
 */
final class ArabicNormalizer {

  // Stateless, so one instance serves every thread.
  private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
      new org.apache.lucene.analysis.ar.ArabicNormalizer();

  private ArabicNormalizer() {}

  /** {@code word} with every character mapped as described above. */
  static String normalize(String word) {
    char[] chars = new char[word.length()];
    int length = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isExtraMark(c)) {
        continue;
      }
      chars[length++] = map(c);
    }
    return new String(chars, 0, LUCENE.normalize(chars, length));
  }

  /** Marks Lucene keeps: it drops only U+064B–U+0652 (and tatweel). */
  private static boolean isExtraMark(char c) {
    return (c >= '\u0653' && c <= '\u065F') || c == '\u0670';
  }

  private static char map(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    switch (c) {
      case '\u0671': // ٱ
        return '\u0627'; // ا
      case '\u06CC': // Persian yeh
        return '\u064A'; // ي
      case '\u06A9': // keheh
        return '\u0643'; // ك
      default:
        return c;
    }
  }
}
