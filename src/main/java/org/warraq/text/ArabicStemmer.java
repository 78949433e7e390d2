package org.warraq.text;

import java.util.List;

/**
 * Light Arabic stemmer: a grammar of proclitics in front of Lucene's ArabicStemmer (Larkey's
 * light10) for suffixes. It never extracts roots: المجتمعي stays apart from اجتماع.
 *
 * <p>Lucene strips one prefix from a fixed list (ال وال بال كال فال لل و). Arabic stacks up to
 * three proclitics in a fixed order, so we parse them instead: an optional conjunction (و ف),
 * then either a preposition with the article (بال كال, and لل for ل + ال), the article alone, or a
 * lone preposition (ب ك ل; لتوسع = توسع). Each is stripped at most once, so الكاميرون keeps its
 * kaf and البغدادي its beh, where stripping in a loop made them امير and غداد.
 */
final class ArabicStemmer {

  /** A proclitic and the shortest stem it may leave behind. */
  private record Proclitic(String text, int minStem) {}

  // After the optional conjunction, first match wins. The article forms follow Lucene's guard (two
  // letters left: الحج); a lone preposition needs four, or كتاب and بلد would lose a letter.
  private static final List<Proclitic> AFTER_CONJUNCTION = List.of(
      new Proclitic("بال", 2), new Proclitic("كال", 2), new Proclitic("لل", 2), new Proclitic("ال", 2),
      new Proclitic("ب", 4), new Proclitic("ك", 4), new Proclitic("ل", 4));
  // A lone conjunction leaves three letters, as in Lucene.
  private static final int MIN_STEM_AFTER_CONJUNCTION = 3;

  // Endings outside Lucene's suffixes, stripped first: a pronoun (ها, or ه, which also lets
  // Lucene reach ات in تهديداته), then a final ا, tanween's seat (عضواً) or a place name's ending
  // its adjective drops (أمريكا, أمريكي; أفريقياها).
  private static final List<String> PRONOUNS = List.of("ها", "ه");
  private static final String FINAL_ALEF = "ا";
  // Lucene lets its suffixes leave two letters (بيان -> بي, مدينة -> مد, فلسطين -> فلسط -> فل);
  // we keep three, here and for the endings above.
  private static final int MIN_STEM_AFTER_SUFFIX = 3;

  // Stateless, so one instance serves every thread.
  private static final org.apache.lucene.analysis.ar.ArabicStemmer LUCENE =
      new org.apache.lucene.analysis.ar.ArabicStemmer();

  private ArabicStemmer() {}

  /** The stem of a normalized word. */
  static String stem(String word) {
    String stem = stripPrefixes(word);
    for (String pronoun : PRONOUNS) {
      if (canStrip(stem, pronoun)) {
        stem = stem.substring(0, stem.length() - pronoun.length());
        break;
      }
    }
    if (canStrip(stem, FINAL_ALEF)) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return luceneSuffixes(stem);
  }

  private static boolean canStrip(String stem, String suffix) {
    return stem.endsWith(suffix) && stem.length() - suffix.length() >= MIN_STEM_AFTER_SUFFIX;
  }

  /**
   * Lucene's suffix stripping, keeping three letters instead of two: Lucene only compares the
   * length and the end of what it is given, so it is given the stem without its first letter.
   */
  private static String luceneSuffixes(String stem) {
    if (stem.length() < 2) {
      return stem;
    }
    char[] rest = stem.substring(1).toCharArray();
    int length = LUCENE.stemSuffix(rest, rest.length);
    return stem.charAt(0) + new String(rest, 0, length);
  }

  /**
   * A normalized word without its proclitics. A bare word's first و or ف cannot be told from the
   * conjunction (وزارة, فلسطين), nor its first ال, once أ آ إ are folded, from the article (آلاف,
   * ألمانيا), so they are stripped; for الوزارة, لوزارة, ووزارة and الألمانية to meet their bare
   * words, what follows the proclitics is parsed once more when it starts with و, ف or ال.
   * Nothing else is parsed twice: after the article, ب ك ل are the stem's (الكاميرون, البغدادي).
   */
  static String stripPrefixes(String word) {
    String stem = stripProclitics(word);
    if (stem.length() < word.length() && (startsWithConjunction(stem) || stem.startsWith("ال"))) {
      stem = stripProclitics(stem);
    }
    return stem;
  }

  private static String stripProclitics(String word) {
    int start = startsWithConjunction(word) ? 1 : 0;
    for (Proclitic proclitic : AFTER_CONJUNCTION) {
      String text = proclitic.text();
      if (word.startsWith(text, start) && word.length() - start - text.length() >= proclitic.minStem()) {
        return word.substring(start + text.length());
      }
    }
    if (start == 1 && word.length() - 1 >= MIN_STEM_AFTER_CONJUNCTION) {
      return word.substring(1);
    }
    return word;
  }

  private static boolean startsWithConjunction(String word) {
    return word.startsWith("و") || word.startsWith("ف");
  }
}
