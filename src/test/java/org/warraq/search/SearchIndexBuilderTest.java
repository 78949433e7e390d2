package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {

  private final SearchIndexBuilder builder = new SearchIndexBuilder(IndexOptions.defaults());

  private JsonNode json(SearchIndex index, String path) throws IOException {
    IndexFile file = index.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    return new ObjectMapper().readTree(file.bytes());
  }

  @Test
  void aDocumentWithALazyBodyIsKeyedByItsDigestWithoutReadingItAndIndexesAsItsText() {
    List<SearchDocument> eager = SearchFixture.arabic();
    int[] reads = new int[1];
    List<SearchDocument> lazy = eager.stream().map(d -> SearchDocument.withLazyBody(d.url(), d.title(), d.date(),
        d.displayDate(), d.topics(), d.tags(), d.headings(), d.summary(), () -> {
          reads[0]++;
          return d.body();
        }, SearchDocument.digest(d.body()))).toList();
    assertEquals(SearchIndexBuilder.keys(eager), SearchIndexBuilder.keys(lazy));
    assertEquals(0, reads[0], "keys read no body");
    SearchIndexBuilder builder = new SearchIndexBuilder(IndexOptions.defaults());
    assertEquals(builder.build("ar", eager).files(), builder.build("ar", lazy).files());
  }

  @Test
  void sameDocumentsInAnyOrder_giveIdenticalFiles() {
    List<SearchDocument> docs = SearchFixture.arabic();
    List<SearchDocument> shuffled = new ArrayList<>(docs);
    Collections.reverse(shuffled);
    SearchIndex a = builder.build("ar", docs);
    SearchIndex b = builder.build("ar", shuffled);
    assertEquals(a.manifestPath(), b.manifestPath());
    assertEquals(a.files(), b.files());
  }

  @Test
  void fileNamesChangeWithContent() {
    List<SearchDocument> docs = new ArrayList<>(SearchFixture.english());
    SearchIndex before = builder.build("en", docs);
    docs.set(0, new SearchDocument("/en/x/", "Another title", "2022-01-01", "", null, null, null, null, "body"));
    SearchIndex after = builder.build("en", docs);
    assertTrue(!before.manifestPath().equals(after.manifestPath()));
    assertTrue(before.manifestPath().matches("search/manifest-[0-9a-f]{10}\\.json"));
    after.files().forEach(f -> assertTrue(f.path().matches("search/[a-z-]+-[0-9a-f]{10}(-\\d+)?\\.json"), f.path()));
  }

  @Test
  void everyIndexFileCarriesTheKeyItsBytesHashTo() throws Exception {
    SearchIndex index = builder.build("ar", SearchFixture.arabic());
    for (IndexFile file : index.files()) {
      String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file.bytes()));
      assertEquals("sha256:" + sha256, file.key(), file.path());
    }
  }

  @Test
  void aGroupOfDocumentShardsIsRenamedWhenAnyOneMemberChanges() {
    IndexOptions onePerShard = new IndexOptions(IndexOptions.defaults().weights(), IndexOptions.defaults().lengthNorm(), 1.2,
        40_000, 24_000, 64_000, 1, 1200);
    SearchIndexBuilder oneDocumentPerFile = new SearchIndexBuilder(onePerShard);
    List<SearchDocument> docs = new ArrayList<>(SearchFixture.english());
    List<String> before = documentFiles(oneDocumentPerFile.build("en", docs));
    SearchDocument last = docs.get(docs.size() - 1);
    docs.set(docs.size() - 1, new SearchDocument(last.url(), last.title(), last.date(), last.displayDate(), last.topics(),
        last.tags(), last.headings(), last.summary(), last.body() + " One more sentence."));
    List<String> after = documentFiles(oneDocumentPerFile.build("en", docs));
    assertEquals(docs.size(), before.size(), "one group of one file per document: " + before);
    assertTrue(java.util.Collections.disjoint(before, after), before + " / " + after);
  }

  private static List<String> documentFiles(SearchIndex index) {
    return index.files().stream().map(IndexFile::path).filter(p -> p.startsWith("search/documents-")).toList();
  }

  @Test
  void manifestListsShardsAndRankingParameters() throws IOException {
    SearchIndex index = builder.build("en", SearchFixture.english());
    JsonNode manifest = json(index, index.manifestPath());
    assertEquals(4, manifest.get("documents").asInt());
    assertEquals(6.0, manifest.get("fields").get("title").get("weight").asDouble());
    String postings = "search/" + manifest.get("postings").get(0).get(1).asText();
    JsonNode shard = json(index, postings);
    // "meet" is in two documents: the Marrakesh title and the Africa body.
    assertEquals(4, shard.get("meet").size());
  }

  @Test
  void synonymPhrasesAreIndexedAsOneTermAndGroupsSharingAVariantMerge() throws IOException {
    SearchIndex index = builder.build("en", SearchFixture.english(),
        List.of(List.of("ISIS", "Islamic State"), List.of("Daesh", "islamic states"), List.of("nobody", "nowhere")));
    JsonNode manifest = json(index, index.manifestPath());
    assertEquals("[[[\"isi\"],[\"islam\",\"state\"],[\"daesh\"]]]", manifest.get("synonyms").toString());
    JsonNode postings = json(index, "search/" + manifest.get("postings").get(0).get(1).asText());
    // Only the Islamic State article has the two words in a row ("islamic-state" is newest but one).
    assertEquals(2, postings.get("islam state").size(), postings.get("islam state").toString());
    assertEquals(List.of(SynonymTable.Use.APPLIED, SynonymTable.Use.APPLIED, SynonymTable.Use.UNUSED),
        index.synonymUses());
  }

  @Test
  void documentsAreNumberedNewestFirst() throws IOException {
    SearchIndex index = builder.build("en", SearchFixture.english());
    JsonNode manifest = json(index, index.manifestPath());
    String first = "search/documents-" + manifest.get("documentGroups").get(0).asText() + "-0.json";
    JsonNode docs = json(index, first);
    assertEquals("/en/articles/africa/", docs.get(0).get("url").asText());
    assertEquals("/en/articles/marrakesh/", docs.get(1).get("url").asText());
  }

  @Test
  void positionsAreDeltaCodedPerDocument() {
    int[] runs = {3, 2, 5, 9, 7, 1, 4};
    assertArrayEquals(new int[] {3, 2, 5, 4, 4, 1, 4}, DeltaCoding.positions(runs));
    assertArrayEquals(new int[] {2, 8, 3, 16}, DeltaCoding.postings(new int[] {2, 8, 5, 16}));
  }

  @Test
  void snippetTextIsCutBetweenWords() {
    assertEquals("one two", DocumentShards.truncate("one two three", 9));
    assertEquals("one two three", DocumentShards.truncate(" one\n two  three ", 20));
  }

  @Test
  void collapsingWhitespaceGivesWhatTheRegexGivesForAnyText() {
    char[] alphabet = {'a', 'ب', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u2028', '\u00A0', '\u2003'};
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = text.toString();
      assertEquals(t.replaceAll("\\s+", " "), DocumentShards.collapseWhitespace(t));
    }
  }
}
