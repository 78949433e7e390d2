package org.warraq.text;

/**
 * Arabic orthographic normalization, after Lucene's ArabicNormalizer: drops tashkeel and tatweel,
 * unifies alef forms, alef maqsura, teh marbuta, Persian yeh/keheh, and Arabic-Indic digits, so
 * that spelling variants writers use interchangeably index as one word.
 */
final class ArabicNormalizer {

  private ArabicNormalizer() {}

  /** {@code word} with every character mapped as described above. */
  static String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isTashkeel(c) || c == '\u0640') {
        continue;
      }
      out.append(map(c));
    }
    return out.toString();
  }

  private static boolean isTashkeel(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
  }

  private static char map(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    switch (c) {
      case '\u0622': // آ
      case '\u0623': // أ
      case '\u0625': // إ
      case '\u0671': // ٱ
        return '\u0627'; // ا
      case '\u0649': // ى
      case '\u06CC': // Persian yeh
        return '\u064A'; // ي
      case '\u06A9': // keheh
        return '\u0643'; // ك
      case '\u0629': // ة
        return '\u0647'; // ه
      default:
        return c;
    }
  }
}
