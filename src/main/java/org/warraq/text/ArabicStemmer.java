package org.warraq.text;

import java.util.List;

/**
 * Light Arabic stemmer in the spirit of Lucene's ArabicStemmer (Larkey's light10): strips clitic
 * prefixes, then common suffixes, on normalized words. Unlike Lucene it also strips a lone
 * preposition (لتوسع = توسع) and repeats prefix stripping until nothing more applies, so that
 * وزارة, الوزارة and بالوزارة meet. It never extracts roots: المجتمعي stays apart from اجتماع.
 */
final class ArabicStemmer {

  /** A clitic prefix and the shortest stem it may leave behind. */
  private record Affix(String text, int minStem) {}

  // Longest first: the first prefix that fits wins. With the article, short stems are real
  // words (الحج); a bare preposition needs a longer rest, or كتاب would lose its kaf.
  private static final List<Affix> PREFIXES = List.of(
      new Affix("وبال", 2), new Affix("وكال", 2), new Affix("فبال", 2), new Affix("فكال", 2),
      new Affix("وال", 2), new Affix("فال", 2), new Affix("بال", 2), new Affix("كال", 2),
      new Affix("ولل", 2), new Affix("فلل", 2),
      new Affix("لل", 2), new Affix("ال", 2),
      new Affix("وب", 4), new Affix("وك", 4), new Affix("ول", 4),
      new Affix("فب", 4), new Affix("فك", 4), new Affix("فل", 4),
      new Affix("ب", 4), new Affix("ك", 4), new Affix("ل", 4),
      new Affix("و", 3), new Affix("ف", 3));

  // One pass, in this order: possessive pronouns, plural and dual endings, nisba and feminine.
  // ه appears twice because it is both a pronoun (تهديداته) and a normalized teh marbuta. A final
  // ا is tanween's seat (عضواً) or a place name's ending that its adjective drops (أمريكا, أمريكي).
  private static final List<String> SUFFIXES =
      List.of("ها", "ا", "ه", "ات", "ون", "ين", "ان", "يه", "ه", "ي");
  private static final int MIN_STEM = 3;

  private ArabicStemmer() {}

  /** The stem of a normalized word. */
  static String stem(String word) {
    String stem = stripPrefixes(word);
    for (String suffix : SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length() - suffix.length() >= MIN_STEM) {
        stem = stem.substring(0, stem.length() - suffix.length());
      }
    }
    return stem;
  }

  /** A normalized word without its clitic prefixes. */
  static String stripPrefixes(String word) {
    String stem = word;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (Affix prefix : PREFIXES) {
        if (stem.startsWith(prefix.text()) && stem.length() - prefix.text().length() >= prefix.minStem()) {
          stem = stem.substring(prefix.text().length());
          stripped = true;
          break;
        }
      }
    }
    return stem;
  }
}
