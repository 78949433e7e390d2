package org.warraq.text;

import java.util.Locale;

/** The analyzer for a language code; the same choice as WarraqAnalyzer.forLanguage in JavaScript. */
public final class Analyzers {

  private static final TextAnalyzer ARABIC = new RuleAnalyzer(new ArabicRules());
  private static final TextAnalyzer ENGLISH = new RuleAnalyzer(new EnglishRules());
  private static final TextAnalyzer PERSO_ARABIC = new RuleAnalyzer(new PersoArabicRules());
  private static final TextAnalyzer GENERIC = new RuleAnalyzer(new GenericRules());

  private Analyzers() {}

  /**
   * The analyzer for a BCP 47 code ("ar", "ar-EG", "en", "fa"); languages of the Perso-Arabic
   * script share one; others get the generic one.
   */
  public static TextAnalyzer forLanguage(String languageCode) {
    String primary = languageCode == null ? "" : languageCode.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    switch (primary) {
      case "ar":
        return ARABIC;
      case "en":
        return ENGLISH;
      case "fa": // Persian
      case "ur": // Urdu
      case "ps": // Pashto
      case "ckb": // Central Kurdish (Sorani)
      case "sd": // Sindhi
        return PERSO_ARABIC;
      default:
        return GENERIC;
    }
  }
}
