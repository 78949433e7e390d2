package org.warraq.text;

/**
 * Persian, Urdu and the other languages written in the Perso-Arabic script: the Arabic
 * normalization (diacritics, tatweel, alef and hamza forms, digits, Arabic and Persian yeh and
 * kaf) and Lucene's PersianNormalizer letters on top (heh goal and heh with yeh above → heh, yeh
 * barree → yeh), so that a reader typing on an Arabic keyboard finds a Persian or Urdu word. No
 * stop words and no stemming: Arabic's would mangle these languages' words.
 */
final class PersoArabicRules implements LanguageRules {

  @Override
  public String normalize(String word) {
    String arabic = ArabicNormalizer.normalize(word);
    StringBuilder out = null;
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      char mapped = switch (c) {
        case '\u06C0', '\u06C1' -> '\u0647'; // ۀ ہ -> ه
        case '\u06D2' -> '\u064A'; // ے -> ي
        default -> c;
      };
      if (mapped != c && out == null) {
        out = new StringBuilder(arabic);
      }
      if (out != null) {
        out.setCharAt(i, mapped);
      }
    }
    return out == null ? arabic : out.toString();
  }
}
