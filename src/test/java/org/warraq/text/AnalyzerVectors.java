package org.warraq.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyzer test vectors (input text -> terms, tokens, normalize, prefix per language) that the
 * JavaScript twin must reproduce: seed-article sentences and words plus hand-written edge cases.
 */
public final class AnalyzerVectors {

  /** One language's inputs, analyzed with {@code language}'s analyzer. */
  record Suite(String language, List<String> inputs) {}

  private AnalyzerVectors() {}

  /** Every suite, in a fixed order. */
  static List<Suite> suites() {
    return List.of(
        new Suite("ar", arabicInputs()),
        new Suite("en", englishInputs()),
        new Suite("fa", persoArabicInputs()),
        new Suite("ur", persoArabicInputs()),
        new Suite("fr", otherInputs()),
        new Suite("und", otherInputs()));
  }

  /** Writes the vectors as JSON to {@code file}; returns the number of cases per language. */
  public static Map<String, Integer> write(Path file) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Suite suite : suites()) {
      TextAnalyzer analyzer = Analyzers.forLanguage(suite.language());
      List<Map<String, Object>> cases = new ArrayList<>();
      for (String input : suite.inputs()) {
        cases.add(caseOf(analyzer, input));
      }
      root.put(suite.language(), cases);
      counts.put(suite.language(), cases.size());
    }
    try {
      Files.createDirectories(file.getParent());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private static Map<String, Object> caseOf(TextAnalyzer analyzer, String input) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("text", input);
    c.put("terms", analyzer.terms(input));
    List<List<Object>> tokens = new ArrayList<>();
    for (Token t : analyzer.tokens(input)) {
      tokens.add(List.of(t.term(), t.surface(), t.start(), t.end()));
    }
    c.put("tokens", tokens);
    c.put("normalize", analyzer.normalize(input));
    c.put("prefix", analyzer.prefix(input));
    return c;
  }

  static List<String> arabicInputs() {
    Set<String> inputs = new LinkedHashSet<>();
    List<String> paragraphs = resourceLines("/analyzer/seed-paragraphs-ar.txt");
    for (String paragraph : paragraphs) {
      for (String sentence : paragraph.split("(?<=[.،؟!:])\\s+")) {
        if (!sentence.isBlank()) {
          inputs.add(sentence.strip());
        }
      }
    }
    for (String paragraph : paragraphs) {
      for (String word : paragraph.split("\\s+")) {
        if (inputs.size() < 600 && !word.isBlank()) {
          inputs.add(word);
        }
      }
    }
    inputs.addAll(arabicEdgeCases());
    inputs.addAll(cliticCombinations());
    return List.copyOf(inputs);
  }

  private static List<String> arabicEdgeCases() {
    return List.of(
        "", " ", "...", "«»،؛؟!", "-", "\u200c", "\u200f", "ـــ", "ً", "َُِ",
        "لتوسع", "توسع", "للتوسع", "وبالتوسع", "فلتوسع", "المجتمعي", "اجتماع", "المجتمعية",
        "مجتمعات", "الاجتماع", "اجتماعات",
        // Arabic-Indic and Persian digits, mixed with letters and Latin digits
        "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "١١ مايو ٢٠٢٢", "و37", "نوفمبر2020", "ليبيا24", "٣٫١٤", "2022-05-11",
        // diacritics on every letter, shadda, superscript alef, tanween
        "اَلتَّحَالُفُ الدَّوْلِيُّ", "مُحَمَّدٌ", "عُضْوًا", "عضواً", "رَحْمٰن", "هٰذا", "كِتَابٌ", "إِفْرِيقِيَا",
        // tatweel runs
        "جـميل", "جــــــميل", "الـتـحـالـف", "ـــداعشـــ",
        // alef forms, alef wasla, madda, and hamza seats that stay
        "أحمد", "إسلام", "آمن", "ٱلله", "الآن", "مسؤول", "رئيس", "سماء", "أإآٱ",
        // teh marbuta and heh, alef maqsura and yeh
        "مدرسة", "مدرسه", "المدرسة", "على", "علي", "مستشفى", "مستشفي", "إلى", "الى", "ى", "ة",
        // Persian letters
        "کتاب", "یک", "ی",
        // short words and stop words
        "و", "ف", "ب", "ل", "ك", "ال", "في", "وفي", "فإن", "من", "ومن", "هذا", "وهذا", "لكل", "بلد", "كتاب", "الكتاب",
        "أب", "الأب", "حج", "الحج", "له", "الله", "لله",
        // mixed scripts and punctuation
        "داعش ISIS", "ISISداعش", "تنظيم (ISIS)", "Daesh/داعش", "«داعش»", "داعش،العراق", "“داعش”", "داعش.. تغييرات",
        "https://example.org/ar/", "#داعش", "@التحالف", "داعش😀التحالف", "𝐀𝐁𝐂 داعش",
        // presentation forms and ligatures, NFKC
        "ﻻ", "ﷲ", "ﷺ", "ﻟﻠﺘﻮﺳﻊ", "ﺩﺍﻋﺶ", "﴾القرآن﴿",
        // morphology
        "وزارة", "الوزارة", "بالوزارة", "ووزارة", "لوزارة", "وزير", "الوزير", "وزراء",
        "عربي", "عربية", "العربية", "عربيات", "أمريكا", "أمريكي", "الأمريكية", "الأميركي",
        "سياسة", "سياستها", "سياسات", "تهديد", "تهديدات", "تهديداته", "العسكريين", "العسكريون",
        "الولايات المتحدة", "ولاية", "ولايات", "لبنان", "للبنان", "بلبنان", "فلسطين", "الفلسطينيين",
        // over-stripping: after the article, ب ك ل belong to the stem; و ف and ال are parsed again
        "الكاميرون", "الأمير", "كاميرون", "البغدادي", "بغداد", "ببغداد", "والبغدادي", "الكويت", "الكويتي",
        "الكبيرة", "البلدين", "البلدان", "اللبناني", "الكتابة", "الكتابات", "والوزارة", "للوزارة",
        "فللوزارة", "وكالوزير", "فبالتوسع", "آلاف", "الآلاف", "ألمانيا", "الألمانية", "التزام", "الالتزام",
        "الفلسطيني", "فلسطيني", "والفلسطينيين", "الفيلم", "فيلم", "الوفد", "وفد", "بالوفد", "الولاية",
        // stop words written with alef maqsura and hamza
        "على", "إلى", "حتى", "لدى", "وعلى", "فإلى",
        // suffix guards: three letters stay
        "بيان", "مكان", "مدينة", "قوة", "قوات", "بيانه", "تهديداتها", "عضواً", "أمريكا", "أفريقياها");
  }

  private static List<String> cliticCombinations() {
    List<String> stems = List.of("توسع", "تحالف", "مجتمع", "داعش", "كتاب", "وزير", "أفريقيا", "مغرب");
    List<String> conjunctions = List.of("", "و", "ف");
    List<String> prepositions = List.of("", "ب", "ك", "ل");
    List<String> suffixes = List.of("", "ة", "ي", "ية", "ات", "ها", "ون", "ين", "ان", "ه");
    List<String> words = new ArrayList<>();
    for (String stem : stems) {
      for (String conj : conjunctions) {
        for (String prep : prepositions) {
          for (String article : List.of("", "ال")) {
            String prefix = conj + prep + article;
            // ل + ال is written لل
            words.add((prep.equals("ل") && !article.isEmpty() ? conj + "لل" : prefix) + stem);
          }
        }
      }
      for (String suffix : suffixes) {
        words.add(stem + suffix);
        words.add("ال" + stem + suffix);
      }
    }
    return words;
  }

  static List<String> englishInputs() {
    List<String> inputs = new ArrayList<>(List.of(
        "", "The Global Coalition to Defeat ISIS met in Marrakesh, Morocco, on 11 May 2022.",
        "Ministers reaffirmed their determination to counter Daesh's expansion in Africa.",
        "The coalition's 84 members don't agree on everything.", "COVID19 and covid-19",
        "U.S. Secretary of State Antony Blinken", "state-of-the-art", "naïve café résumé",
        "It's the ISIS/Daesh threat — again…", "“Quoted” words", "e-mail", "3.14 and 1,000,000",
        "Syria & Iraq", "ISIS داعش", "The quick brown fox jumps over the lazy dog", "A", "I", "is",
        "running runner runs ran", "meetings meeting met meet", "expanding expansion expanded",
        "terrorism terrorist terrorists", "stabilization stabilizing stable", "Africa African Africans",
        "ＦＵＬＬＷＩＤＴＨ", "ﬁnance ﬂow", "Straße", "İstanbul", "ΟΔΥΣΣΕΥΣ"));
    String[] words = ("caresses ponies ties caress cats feed agreed plastered bled motoring sing "
        + "conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky "
        + "relational conditional rational valenci hesitanci digitizer conformabli radicalli "
        + "differentli vileli analogousli vietnamization predication operator feudalism "
        + "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate "
        + "formative formalize electriciti electrical hopeful goodness revival allowance inference "
        + "airliner gyroscopic adjustable defensible irritant replacement adjustment dependent "
        + "adoption homologou communism activate angulariti homologous effective bowdlerize "
        + "probate rate cease controll roll generalizations oscillators coalition ministerial "
        + "international declared declaration humanitarian stabilisation offensive operations "
        + "militants insurgency y yy ys yes eyes eying dying lying skies flies sly ion lion "
        + "nation national nationalism nationalization agreement sensational").split(" ");
    inputs.addAll(List.of(words));
    return inputs;
  }

  /** Persian and Urdu words in their own letters and as an Arabic keyboard types them, with the script's edge cases. */
  static List<String> persoArabicInputs() {
    return List.of("", "ائتلاف بین‌المللی علیه داعش", "ائتلاف بين‌المللي عليه داعش", "کتاب‌ها", "كتابها", "کتاب ها",
        "یک", "يک", "يك", "ی", "ي", "ى", "ۀ", "خانهٔ", "خانۀ", "خانه", "مدرسة", "مدرسه",
        "۱۴۰۱", "١٤٠١", "1401", "۱۱ اردیبهشت ۱۴۰۱", "نشست مراکش", "مراكش",
        "پاکستان", "پاكستان", "ہے", "ھے", "هے", "ہی", "ے", "بڑے", "بڑي", "اردو", "گفتگو", "چهارشنبه", "ژوئن",
        "أفغانستان", "افغانستان", "آمریکا", "امریکا", "مسئله", "مسأله", "مسؤول",
        "اِسلامی", "اسلامي", "سوریه", "سوريه", "عراق", "ISIS داعش", "داعش (ISIS)", "«داعش»", "داعش،عراق",
        "\u200c", "می\u200cخواهم", "میخواهم", "می خواهم", "ـــ", "جـــمیل", "ﻻ", "ﷲ");
  }

  static List<String> otherInputs() {
    return List.of("", "ÉTAT islamique (2014)", "Coalition internationale contre Daech",
        "L'État islamique", "ΟΔΥΣΣΕΥΣ", "Straße", "İstanbul ISTANBUL", "東京 タワー",
        "मुंबई", "Ⅻ ① ² ½", "ﬁ", "٢٠٢٢ داعش", "کتاب‌ها");
  }

  private static List<String> resourceLines(String name) {
    try (InputStream in = AnalyzerVectors.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
