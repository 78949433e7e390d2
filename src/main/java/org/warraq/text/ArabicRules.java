package org.warraq.text;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Arabic: normalization, a small stop list of particles and pronouns, light stemming. */
final class ArabicRules implements LanguageRules {

  // Normalized when the class loads (على -> علي). A conjunction و/ف before any of them is
  // also a stop word (وفي, فإن), see isStopWord.
  private static final Set<String> STOP_WORDS = normalized(
      "في", "من", "على", "الى", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "هولاء", "هؤلاء",
      "التي", "الذي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي",
      "و", "ف", "ب", "ل", "ك", "ان", "او", "ام", "ثم", "قد", "لقد", "لا", "لم", "لن", "ما", "ماذا",
      "كان", "كانت", "يكون", "تكون", "ليس", "ليست",
      "هو", "هي", "هم", "هما", "هن", "انا", "نحن", "انت", "انتم",
      "كل", "بين", "حتى", "عند", "عندما", "منذ", "اذا", "اذ", "لكن", "بل", "غير", "اي", "ضمن",
      "كما", "اما", "الا", "لدى", "لدي", "له", "لها", "لهم", "به", "بها", "بهم",
      "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "عليه", "عليها", "عليهم", "اليه", "اليها",
      "عنه", "عنها", "هناك", "هنا", "ايضا", "كذلك", "لذلك", "بذلك", "لهذا", "بهذا", "لكل", "يا");

  // Stop words are compared with normalized words; written as readers write them, على and إلى
  // would never match.
  private static Set<String> normalized(String... words) {
    return Arrays.stream(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String normalize(String word) {
    return ArabicNormalizer.normalize(word);
  }

  @Override
  public boolean isStopWord(String word) {
    if (STOP_WORDS.contains(word)) {
      return true;
    }
    boolean conjunction = word.startsWith("و") || word.startsWith("ف");
    return conjunction && STOP_WORDS.contains(word.substring(1));
  }

  @Override
  public String stem(String word) {
    return ArabicStemmer.stem(word);
  }

  @Override
  public String stripPrefix(String word) {
    return ArabicStemmer.stripPrefixes(word);
  }
}
