package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.warraq.text.Analyzers;

/**
 * The download budget of a query on a 10,000-article site, scripts included. Builds a full-size
 * index (about a CPU-minute); {@code -DexcludedGroups=slow} skips it while iterating.
 */
@Tag("slow")
class SearchIndexBudgetTest {

  private static final long KB = 1024;
  private static SyntheticCorpus corpus;
  private static SearchIndex index;
  private static QueryCost cost;
  private static long scripts;

  @BeforeAll
  static void buildIndex() throws IOException {
    long start = System.nanoTime();
    corpus = new SyntheticCorpus(42, 40_000);
    List<SearchDocument> documents = corpus.documents(10_000);
    long generated = System.nanoTime();
    index = new SearchIndexBuilder(IndexOptions.defaults()).build("ar", documents);
    System.out.printf("corpus %.1f s, index %.1f s%n", (generated - start) / 1e9, (System.nanoTime() - generated) / 1e9);
    cost = new QueryCost(index);
    scripts = QueryCost.gzipSize(Files.readAllBytes(Path.of("static/js/warraq-search.js")))
        + QueryCost.gzipSize(Files.readAllBytes(Path.of("static/js/warraq-analyzer.js")));
  }

  private long queryBytes(String word) {
    String term = Analyzers.forLanguage("ar").terms(word).get(0);
    List<String> files = cost.filesFor(term);
    long total = scripts + cost.gzipBytes(files);
    System.out.printf("query %s: %d files, %.1f KB gzip with scripts (%.1f KB):", word,
        files.size(), total / 1024.0, scripts / 1024.0);
    files.forEach(f -> System.out.printf(" %s=%.1f", f.substring(0, 4), cost.gzipBytes(List.of(f)) / 1024.0));
    System.out.println();
    return total;
  }

  @Test
  void runtimeScriptIsSmall() throws IOException {
    long runtime = QueryCost.gzipSize(Files.readAllBytes(Path.of("static/js/warraq-search.js")));
    assertTrue(runtime <= 10 * KB, "warraq-search.js gzip: " + runtime);
  }

  @Test
  void ordinaryWordsStayUnder100KB() {
    for (int rank : new int[] {50, 300, 2_000, 20_000}) {
      long bytes = queryBytes(corpus.stem(rank));
      assertTrue(bytes <= 100 * KB, "rank " + rank + ": " + bytes + " bytes");
    }
  }

  @Test
  void aWordInEveryArticleStaysUnder200KB() {
    long bytes = queryBytes(SyntheticCorpus.EVERYWHERE);
    assertTrue(bytes <= 200 * KB, "every-article word: " + bytes + " bytes");
  }

  @Test
  void reportsTheIndexSize() {
    long total = index.files().stream().mapToLong(IndexFile::size).sum();
    System.out.printf("index: %d files, %.1f MB raw", index.files().size(), total / 1e6);
    index.files().stream().collect(java.util.stream.Collectors.groupingBy(
            f -> f.path().replaceAll("search/([a-z-]+?)-[0-9a-f]{10}.*", "$1"), java.util.TreeMap::new,
            java.util.stream.Collectors.summingLong(IndexFile::size)))
        .forEach((kind, bytes) -> System.out.printf(", %s %.1f MB", kind, bytes / 1e6));
    System.out.println();
    assertTrue(index.files().size() > 1);
  }
}
