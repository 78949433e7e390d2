package org.warraq.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Arabic and English site's search index written to disk, for the JavaScript runtime's
 * tests (test/js/search.test.mjs): the seed articles plus documents made for one behaviour each.
 */
public final class SearchFixture {

  /** Spelling-variant groups as site.yaml would give them; each language keeps those it uses. */
  static final List<List<String>> SYNONYMS = List.of(
      List.of("داعش", "تنظيم الدولة"), List.of("الأمريكية", "الأميركية"), List.of("ترامب", "ترمب"),
      List.of("ISIS", "ISIL", "Daesh", "Islamic State"), List.of("غير موجود", "لا أحد يكتبه"));

  private SearchFixture() {}

  /** Writes {@code <dir>/<lang>/search/...} and {@code <dir>/fixture.json} (language -> manifest). */
  public static void write(Path dir) {
    Map<String, String> manifests = new LinkedHashMap<>();
    SearchIndexBuilder builder = new SearchIndexBuilder(IndexOptions.defaults());
    write(dir, "ar", builder.build("ar", arabic(), SYNONYMS), manifests);
    write(dir, "en", builder.build("en", english(), SYNONYMS), manifests);
    try {
      new ObjectMapper().writeValue(dir.resolve("fixture.json").toFile(), manifests);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path dir, String language, SearchIndex index, Map<String, String> manifests) {
    try {
      for (IndexFile file : index.files()) {
        Path target = dir.resolve(language).resolve(file.path());
        Files.createDirectories(target.getParent());
        Files.write(target, file.bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    manifests.put(language, language + "/" + index.manifestPath());
  }

  static List<SearchDocument> arabic() {
    List<SearchDocument> docs = new ArrayList<>();
    String[] seeds = seedArticles();
    for (int i = 0; i < seeds.length; i++) {
      List<String> lines = Arrays.asList(seeds[i].strip().split("\n"));
      docs.add(new SearchDocument("/ar/articles/seed-" + i + "/", lines.get(0).strip(),
          "2022-05-1" + i, "١" + i + " مايو ٢٠٢٢", List.of("اجتماعات التحالف"), List.of("داعش"),
          List.of(), "", String.join("\n", lines.subList(1, lines.size()))));
    }
    docs.add(doc("/ar/articles/expansion/", "خطط لتوسع التنظيم", "2023-01-01",
        "يسعى التنظيم إلى التوسع في الساحل الأفريقي، ويعمل المجتمع الدولي على الحد من توسعه."));
    docs.add(doc("/ar/articles/society/", "دور المجتمعات المحلية", "2023-02-01",
        "العمل المجتمعي ركيزة لمواجهة التطرف، والمبادرات المجتمعية تحمي الشباب."));
    docs.add(doc("/ar/articles/order/", "الدولي ثم التحالف", "2023-03-01",
        "جاء الدعم الدولي بعد أن أعلن التحالف عن خطته. كلمة الدولي وكلمة التحالف هنا غير متجاورتين."));
    // Synonyms: each of these spells a name one way only.
    docs.add(doc("/ar/articles/trump/", "ترامب يعلن خطة جديدة", "2023-04-01",
        "أعلن الرئيس ترامب أن الإدارة الأمريكية ستواصل دعم الشركاء في الساحل."));
    docs.add(doc("/ar/articles/state-org/", "هجمات في البادية", "2023-05-01",
        "شن تنظيم الدولة هجمات جديدة في البادية السورية، والهجوم الأخير كان الأعنف منذ سنوات، وقبله هجوم في الموصل."));
    docs.add(doc("/ar/articles/daesh-only/", "داعش يخسر مواقعه", "2023-06-01",
        "خسر داعش مواقع عدة في الصحراء خلال الربيع."));
    // Ranking: an article about farming, one with the word in its title only, and one that
    // mentions it once in a very long text about something else.
    docs.add(new SearchDocument("/ar/articles/farming/", "الزراعة في الساحل", "2023-07-01", "2023-07-01",
        List.of("اقتصاد"), List.of("الزراعة"), List.of("مستقبل الزراعة", "الزراعة والمياه"),
        "تقرير عن الزراعة والجفاف.", "تعتمد الزراعة على المطر. وتراجعت الزراعة مع الجفاف، "
            + "ويحاول المزارعون إنقاذ الزراعة بالري الحديث."));
    docs.add(doc("/ar/articles/title-only/", "الزراعة ليست القصة", "2023-08-01",
        "تتناول هذه المقالة الانتخابات البلدية والأحزاب والمرشحين والحملات الدعائية في المدن الكبرى "
            + "وما رافقها من جدل حول التمويل والإعلام والمشاركة الشعبية."));
    docs.add(doc("/ar/articles/long-report/", "تقرير مطول عن الموانئ", "2023-09-01",
        "الشحن البحري والموانئ والسفن التجارية وحركة الحاويات والتجارة العالمية. ".repeat(400)
            + "وذكر التقرير الزراعة مرة واحدة، وترامب مرة."));
    return docs;
  }

  static List<SearchDocument> english() {
    return List.of(
        doc("/en/articles/marrakesh/", "Coalition ministers meet in Marrakesh", "2022-05-11",
            "The Global Coalition to Defeat ISIS held its first ministerial meeting in Africa."),
        doc("/en/articles/africa/", "ISIS expansion in West Africa", "2022-06-01",
            "Analysts warn that the group is expanding across the Sahel while the coalition meets."),
        doc("/en/articles/finance/", "Sanctions on financiers", "2022-05-09",
            "Washington imposed sanctions on five people accused of raising money for the group."),
        doc("/en/articles/islamic-state/", "Islamic State claims an attack", "2022-05-01",
            "The Islamic State said its fighters attacked a convoy."));
  }

  private static SearchDocument doc(String url, String title, String date, String body) {
    return new SearchDocument(url, title, date, date, List.of(), List.of(), List.of(), "", body);
  }

  private static String[] seedArticles() {
    try (InputStream in = SearchFixture.class.getResourceAsStream("/analyzer/seed-paragraphs-ar.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\\s*\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
