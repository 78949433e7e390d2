package org.warraq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  private final TextAnalyzer arabic = Analyzers.forLanguage("ar");
  private final TextAnalyzer english = Analyzers.forLanguage("en");

  private String one(TextAnalyzer analyzer, String word) {
    List<String> terms = analyzer.terms(word);
    assertEquals(1, terms.size(), () -> word + " -> " + terms);
    return terms.get(0);
  }

  @Test
  void loneClitic_prepositionIsStripped() {
    assertEquals(one(arabic, "توسع"), one(arabic, "لتوسع"));
    assertEquals(one(arabic, "توسع"), one(arabic, "للتوسع"));
    assertEquals(one(arabic, "توسع"), one(arabic, "وبالتوسع"));
  }

  @Test
  void noRootExtraction() {
    assertNotEquals(one(arabic, "اجتماع"), one(arabic, "المجتمعي"));
    assertEquals("مجتمع", one(arabic, "المجتمعي"));
    assertEquals("اجتماع", one(arabic, "الاجتماع"));
  }

  @Test
  void articleAndRootWaw_meet() {
    assertEquals(one(arabic, "وزارة"), one(arabic, "الوزارة"));
    assertEquals(one(arabic, "وزارة"), one(arabic, "بالوزارة"));
  }

  @Test
  void articleAndRootWaw_meetWithEveryProclitic() {
    for (String word : List.of("والوزارة", "للوزارة", "فللوزارة", "لوزارة", "ووزارة")) {
      assertEquals(one(arabic, "وزارة"), one(arabic, word), word);
    }
  }

  @Test
  void afterTheArticle_aPrepositionLetterBelongsToTheStem() {
    assertNotEquals(one(arabic, "الأمير"), one(arabic, "الكاميرون"));
    assertEquals("بغداد", one(arabic, "البغدادي"));
    assertEquals(one(arabic, "ببغداد"), one(arabic, "البغدادي"));
    assertEquals(one(arabic, "الكويت"), one(arabic, "الكويتي"));
    assertEquals("كتاب", one(arabic, "الكتابة"));
  }

  @Test
  void hamzaFoldedIntoAnArticle_meetsTheBareWord() {
    assertEquals(one(arabic, "ألمانيا"), one(arabic, "الألمانية"));
    assertEquals(one(arabic, "آلاف"), one(arabic, "الآلاف"));
  }

  @Test
  void suffixesLeaveThreeLetters() {
    assertEquals("بيان", one(arabic, "بيان"));
    assertEquals("مدين", one(arabic, "مدينة"));
    assertEquals("تهديد", one(arabic, "تهديداتها"));
  }

  @Test
  void stopWordsWithAlefMaqsuraAndHamza_areDropped() {
    assertEquals(List.of("داعش"), arabic.terms("على داعش إلى حتى وعلى"));
  }

  @Test
  void shortWordsKeepTheirLetters() {
    assertEquals("كتاب", one(arabic, "كتاب"));
    assertEquals("بلد", one(arabic, "بلد"));
    assertEquals("كتاب", one(arabic, "الكتاب"));
  }

  @Test
  void arabicIndicDigitsSurviveAsDigits() {
    assertEquals(List.of("2022"), arabic.terms("٢٠٢٢"));
    assertEquals(List.of("84", "عضو"), arabic.terms("۸۴ عضواً"));
    assertEquals(List.of("37", "اوروب"), arabic.terms("و37 أوروبية"));
  }

  @Test
  void diacriticsTatweelAndLetterVariantsFold() {
    assertEquals(arabic.terms("التحالف الدولي"), arabic.terms("التَّحَالُفُ الدّوليّ"));
    assertEquals(arabic.terms("جميل"), arabic.terms("جـــميـل"));
    assertEquals(arabic.normalize("اسلام"), arabic.normalize("إسلام"));
    assertEquals("مدرسه", arabic.normalize("مدرسة"));
    assertEquals("علي", arabic.normalize("على"));
  }

  @Test
  void stopWordsAreDropped_evenWithConjunction() {
    assertEquals(List.of("داعش"), arabic.terms("في داعش وفي"));
    assertEquals(List.of("coalit", "meet"), english.terms("The coalition's meetings"));
  }

  @Test
  void tokensPointIntoTheOriginalText() {
    String text = "«لِلتَّوسُّع» في أفريقيا";
    List<Token> tokens = arabic.tokens(text);
    assertEquals(2, tokens.size());
    Token first = tokens.get(0);
    assertEquals("لِلتَّوسُّع", text.substring(first.start(), first.end()));
    assertEquals(one(arabic, "توسع"), first.term());
  }

  @Test
  void prefixStripsCliticsButNeverSuffixes() {
    assertEquals("مجتم", arabic.prefix("المجتم"));
    assertEquals("مجتمعي", arabic.prefix("المجتمعي"));
    assertEquals("meeti", english.prefix("Meeti"));
  }

  @Test
  void porterMatchesTheReferenceExamples() {
    String[][] cases = {
      {"caresses", "caress"}, {"ponies", "poni"}, {"ties", "ti"}, {"cats", "cat"}, {"feed", "feed"},
      {"agreed", "agre"}, {"plastered", "plaster"}, {"motoring", "motor"}, {"sing", "sing"},
      {"conflated", "conflat"}, {"troubled", "troubl"}, {"sized", "size"}, {"hopping", "hop"},
      {"falling", "fall"}, {"hissing", "hiss"}, {"filing", "file"}, {"happy", "happi"},
      {"relational", "relat"}, {"conditional", "condit"}, {"rational", "ration"},
      {"digitizer", "digit"}, {"vietnamization", "vietnam"}, {"operator", "oper"},
      {"hopefulness", "hope"}, {"formaliti", "formal"}, {"triplicate", "triplic"},
      {"electrical", "electr"}, {"goodness", "good"}, {"allowance", "allow"},
      {"adjustment", "adjust"}, {"adoption", "adopt"}, {"communism", "commun"},
      {"effective", "effect"}, {"probate", "probat"}, {"rate", "rate"}, {"controll", "control"},
      {"generalizations", "gener"}, {"oscillators", "oscil"}
    };
    for (String[] c : cases) {
      assertEquals(c[1], PorterStemmer.stem(c[0]), c[0]);
    }
  }

  @Test
  void persianAndUrduFindWordsTypedOnAnArabicKeyboard() {
    TextAnalyzer persian = Analyzers.forLanguage("fa-IR");
    // Persian yeh and keheh, as an Arabic keyboard types them; Persian digits; diacritics; heh with yeh above.
    assertEquals(persian.terms("ائتلاف بین‌المللی علیه داعش"), persian.terms("ائتلاف بين‌المللي عليه داعش"));
    assertEquals(persian.terms("پاکستان ۱۴۰۱"), persian.terms("پاكستان 1401"));
    assertEquals(persian.terms("خانۀ اِسلامی"), persian.terms("خانه اسلامي"));
    assertEquals(List.of("مي", "خواهم"), persian.terms("می\u200cخواهم"), "a zero-width non-joiner parts words, as in Lucene");
    assertEquals(List.of("از", "در"), persian.terms("از در"), "no Arabic stop words or stems");
    TextAnalyzer urdu = Analyzers.forLanguage("ur");
    // Heh goal and yeh barree, which Arabic keyboards lack.
    assertEquals(urdu.terms("یہ بڑے"), urdu.terms("يه بڑي"));
    assertEquals(persian.terms("یہ بڑے"), urdu.terms("یہ بڑے"), "one analyzer for the script");
  }

  @Test
  void otherLanguagesFoldCaseOnly() {
    TextAnalyzer french = Analyzers.forLanguage("fr-CA");
    assertEquals(List.of("état", "islamique", "2014"), french.terms("ÉTAT islamique (2014)"));
  }

  @Test
  void termsAreTheTermsOfTheTokensInOrder() throws java.io.IOException {
    List<String> texts = new java.util.ArrayList<>(List.of("", "  ", "و37 covid19 ٢٠٢٢ ۸۴ عضواً", "ﷺ café naïve e\u0301 — «التحالف»",
        "\uD83D\uDE00داعش\uD83D", "On 12 May, the Coalition's ministers met in Rome."));
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("content"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        texts.add(java.nio.file.Files.readString(file));
      }
    }
    for (TextAnalyzer analyzer : List.of(arabic, english, Analyzers.forLanguage("fa"))) {
      for (String text : texts) {
        assertEquals(analyzer.tokens(text).stream().map(Token::term).toList(), analyzer.terms(text));
      }
    }
    assertEquals(List.of(), arabic.terms(null));
  }
}
