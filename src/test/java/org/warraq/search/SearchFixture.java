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

  private SearchFixture() {}

  /** Writes {@code <dir>/<lang>/search/...} and {@code <dir>/fixture.json} (language -> manifest). */
  public static void write(Path dir) {
    Map<String, String> manifests = new LinkedHashMap<>();
    SearchIndexBuilder builder = new SearchIndexBuilder(IndexOptions.defaults());
    write(dir, "ar", builder.build("ar", arabic()), manifests);
    write(dir, "en", builder.build("en", english()), manifests);
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
    return docs;
  }

  static List<SearchDocument> english() {
    return List.of(
        doc("/en/articles/marrakesh/", "Coalition ministers meet in Marrakesh", "2022-05-11",
            "The Global Coalition to Defeat ISIS held its first ministerial meeting in Africa."),
        doc("/en/articles/africa/", "ISIS expansion in West Africa", "2022-06-01",
            "Analysts warn that the group is expanding across the Sahel while the coalition meets."),
        doc("/en/articles/finance/", "Sanctions on financiers", "2022-05-09",
            "Washington imposed sanctions on five people accused of raising money for the group."));
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
