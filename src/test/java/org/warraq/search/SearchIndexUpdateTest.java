package org.warraq.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * An index updated with the documents that changed has exactly the files and state of one built
 * afresh from all documents; an update that cannot give them is refused, never approximated.
 */
class SearchIndexUpdateTest {

  /** Term shards of a few KB, so that a corpus this small has dozens of each kind, as a large site has. */
  private static IndexOptions smallShards() {
    IndexOptions d = IndexOptions.defaults();
    return new IndexOptions(d.weights(), d.lengthNorm(), d.k1(), 3000, 2000, 4000, d.documentsPerShard(), d.snippetChars());
  }

  private final SearchIndexBuilder builder = new SearchIndexBuilder(smallShards());
  private final SyntheticCorpus corpus = new SyntheticCorpus(7, 3000);

  /** Each document as it was in {@code before} (matched by URL). */
  private static UnaryOperator<SearchDocument> earlier(List<SearchDocument> before) {
    Map<String, SearchDocument> byUrl = new HashMap<>();
    before.forEach(d -> byUrl.put(d.url(), d));
    return d -> byUrl.get(d.url());
  }

  /** The documents of {@code before} by URL: what {@link SearchIndexBuilder#update} takes to remove a deleted one. */
  private static java.util.function.Function<String, SearchDocument> gone(List<SearchDocument> before) {
    Map<String, SearchDocument> byUrl = new HashMap<>();
    before.forEach(d -> byUrl.put(d.url(), d));
    return byUrl::get;
  }

  /** The output folder after {@code updated}: the files it wrote, and those it left in place in {@code output}. */
  private static Map<String, byte[]> outputAfter(SearchIndex updated, Map<String, byte[]> output) {
    Map<String, byte[]> next = new HashMap<>();
    updated.files().forEach(f -> next.put(f.path(), f.bytes()));
    updated.unchanged().forEach(path -> next.put(path, output.get(path)));
    return next;
  }

  /** The output folder after a round: as the update left it, or the fresh build's files when it was refused. */
  private static Map<String, byte[]> outputAfter(Optional<SearchIndex> updated, SearchIndex fresh,
      Map<String, byte[]> output) {
    if (updated.isPresent()) {
      return outputAfter(updated.get(), output);
    }
    Map<String, byte[]> next = new HashMap<>();
    fresh.files().forEach(f -> next.put(f.path(), f.bytes()));
    return next;
  }

  /** An output folder's files, by path. */
  private static List<IndexFile> files(Map<String, byte[]> output) {
    return output.entrySet().stream().map(e -> new IndexFile(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(IndexFile::path)).toList();
  }

  private static SearchDocument withBody(SearchDocument d, String body) {
    return new SearchDocument(d.url(), d.title(), d.date(), d.displayDate(), d.topics(), d.tags(), d.headings(),
        d.summary(), body);
  }

  private SearchDocument edited(SearchDocument d, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> withBody(d, d.body() + " " + corpus.words(1 + random.nextInt(6)));
      case 1 -> withBody(d, corpus.words(3) + d.body().substring(d.body().indexOf(' ', 40)));
      case 2 -> new SearchDocument(d.url(), corpus.words(d.title().split(" ").length), d.date(), d.displayDate(),
          d.topics(), d.tags(), d.headings(), d.summary(), d.body());
      default -> new SearchDocument(d.url(), d.title(), d.date(), d.displayDate(), d.topics(), d.tags(),
          List.of(corpus.words(3)), corpus.words(25), d.body());
    };
  }

  @Test
  void roundsOfEditsAppliedToTheLastIndexGiveTheBytesOfAFreshBuild() {
    List<SearchDocument> docs = new ArrayList<>(corpus.documents(500));
    SearchIndex index = builder.build("ar", docs, SearchFixture.SYNONYMS);
    // The output folder as the index's files left it: path → bytes.
    Map<String, byte[]> output = new HashMap<>();
    index.files().forEach(f -> output.put(f.path(), f.bytes()));
    Random random = new Random(11);
    int applied = 0;
    int leftInPlace = 0;
    int termShardsLeft = 0;
    for (int round = 0; round < 40; round++) {
      List<SearchDocument> before = List.copyOf(docs);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int i = random.nextInt(docs.size());
        docs.set(i, edited(docs.get(i), random));
      }
      IndexState kept = IndexState.decode(index.state().encode());
      // Now and then a file of the output is gone: what it held must be written again.
      List<String> present = new ArrayList<>(new java.util.TreeSet<>(output.keySet()));
      String gone = round % 4 == 3 ? present.get(random.nextInt(present.size())) : null;
      Optional<SearchIndex> updated = builder.update("ar", docs, SearchIndexBuilder.keys(docs),
          SearchFixture.SYNONYMS, kept, earlier(before), gone(before), path -> output.containsKey(path) && !path.equals(gone));
      SearchIndex fresh = builder.build("ar", docs, SearchFixture.SYNONYMS);
      Map<String, byte[]> next = outputAfter(updated, fresh, output);
      if (updated.isPresent()) {
        applied++;
        leftInPlace += updated.get().unchanged().size();
        termShardsLeft += (int) updated.get().unchanged().stream().filter(p -> p.startsWith("search/postings-")
            || p.startsWith("search/positions-") || p.startsWith("search/lexicon-")).count();
        assertTrue(gone == null || !updated.get().unchanged().contains(gone), "round " + round + ": a missing file is not left in place");
        List<IndexFile> all = files(next);
        assertEquals(fresh.manifestPath(), updated.get().manifestPath(), "round " + round);
        assertEquals(fresh.files(), all, "round " + round);
        assertTrue(updated.get().files().size() < fresh.files().size(), "round " + round + ": fewer files written");
        assertEquals(fresh.synonymUses(), updated.get().synonymUses());
        assertArrayEquals(fresh.state().encode(), updated.get().state().encode(), "round " + round);
      }
      index = updated.orElse(fresh);
      output.clear();
      output.putAll(next);
    }
    // Title and summary edits move those fields' rounded averages in a corpus this small, and are built afresh.
    assertTrue(applied >= 15, "updates applied in " + applied + " of 40 rounds");
    assertTrue(leftInPlace > applied * 20, "shards left in place: " + leftInPlace);
    assertTrue(termShardsLeft > applied * 20, "term shards left in place: " + termShardsLeft);
  }

  /**
   * A date change moves a document among the others, and every id between its old and new place
   * by one: the earlier index is renumbered, and the result is still a fresh build's bytes.
   */
  @Test
  void aDocumentMovedByADateChangeGivesTheBytesOfAFreshBuild() {
    List<SearchDocument> docs = new ArrayList<>(corpus.documents(300));
    SearchIndex index = builder.build("ar", docs, SearchFixture.SYNONYMS);
    Map<String, byte[]> output = new HashMap<>();
    index.files().forEach(f -> output.put(f.path(), f.bytes()));
    Random random = new Random(3);
    for (int round = 0; round < 8; round++) {
      List<SearchDocument> before = List.copyOf(docs);
      int i = random.nextInt(docs.size());
      SearchDocument d = round % 2 == 0 ? docs.get(i) : withBody(docs.get(i), docs.get(i).body() + " " + corpus.words(3));
      String date = String.format("20%02d-%02d-%02d", 10 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
      docs.set(i, new SearchDocument(d.url(), d.title(), date, d.displayDate(), d.topics(), d.tags(), d.headings(),
          d.summary(), d.body()));
      SearchIndex updated = builder.update("ar", docs, SearchIndexBuilder.keys(docs), SearchFixture.SYNONYMS,
          IndexState.decode(index.state().encode()), earlier(before), gone(before), output::containsKey)
          .orElseThrow(() -> new AssertionError("refused: " + d.url()));
      SearchIndex fresh = builder.build("ar", docs, SearchFixture.SYNONYMS);
      Map<String, byte[]> next = outputAfter(updated, output);
      assertEquals(fresh.files(), files(next), "round " + round);
      assertArrayEquals(fresh.state().encode(), updated.state().encode(), "round " + round);
      index = updated;
      output.clear();
      output.putAll(next);
    }
  }

  /**
   * A new article comes in among the others (newest first, so usually at id 0): every id after it
   * moves by one, and the update renumbers the earlier index and adds it, with a fresh build's
   * bytes, as long as no field's rounded average length moves.
   */
  @Test
  void aNewDocumentGivesTheBytesOfAFreshBuild() {
    int applied = roundsApplied(9, (round, docs, random) -> {
      // Another document's fields with a word more: about the average lengths, as most articles are.
      SearchDocument like = docs.get(random.nextInt(docs.size()));
      String date = round % 2 == 0 ? "2099-0" + (1 + round / 2) + "-01" : like.date();
      docs.add(random.nextInt(docs.size() + 1), new SearchDocument("/ar/articles/new-" + round + "/", like.title(), date,
          like.displayDate(), like.topics(), like.tags(), like.headings(), like.summary(), like.body() + " " + corpus.words(1)));
    });
    assertTrue(applied >= 5, "new documents added in " + applied + " of 10 rounds");
  }

  /**
   * A deleted article leaves the others: every id after it moves back by one, and the update takes
   * it out of the earlier index and renumbers that, with a fresh build's bytes, as long as no
   * field's rounded average length moves. Every third round another document is edited too.
   */
  @Test
  void aDeletedDocumentGivesTheBytesOfAFreshBuild() {
    int applied = roundsApplied(11, (round, docs, random) -> {
      docs.remove(aboutAverage(docs, random));
      if (round % 3 == 2) {
        int i = random.nextInt(docs.size());
        docs.set(i, withBody(docs.get(i), docs.get(i).body() + " " + corpus.words(1)));
      }
    });
    // A rounded average length (points 1% apart) still moves in a few rounds at 300 documents.
    assertTrue(applied >= 7, "deleted documents taken out in " + applied + " of 10 rounds");
  }

  /** A renamed file: one document gone and one new at another address, among the others. */
  @Test
  void aRenamedDocumentGivesTheBytesOfAFreshBuild() {
    int applied = roundsApplied(13, (round, docs, random) -> {
      SearchDocument d = docs.remove(aboutAverage(docs, random));
      docs.add(random.nextInt(docs.size() + 1), new SearchDocument("/ar/articles/renamed-" + round + "/", d.title(),
          d.date(), d.displayDate(), d.topics(), d.tags(), d.headings(), d.summary(), d.body()));
    });
    assertTrue(applied >= 8, "renames applied in " + applied + " of 10 rounds");
  }

  /** A change to the documents of a round. */
  private interface Change {
    void apply(int round, List<SearchDocument> docs, Random random);
  }

  /**
   * Ten rounds of {@code change} to an index of 300 documents, its output folder kept between
   * them: where a round's update is applied, it gives a fresh build's files and state (else the
   * fresh build goes on). Returns the number of rounds it was applied in.
   */
  private int roundsApplied(long seed, Change change) {
    List<SearchDocument> docs = new ArrayList<>(corpus.documents(300));
    SearchIndex index = builder.build("ar", docs, SearchFixture.SYNONYMS);
    Map<String, byte[]> output = new HashMap<>();
    index.files().forEach(f -> output.put(f.path(), f.bytes()));
    Random random = new Random(seed);
    int applied = 0;
    for (int round = 0; round < 10; round++) {
      List<SearchDocument> before = List.copyOf(docs);
      change.apply(round, docs, random);
      Optional<SearchIndex> updated = builder.update("ar", docs, SearchIndexBuilder.keys(docs), SearchFixture.SYNONYMS,
          IndexState.decode(index.state().encode()), earlier(before), gone(before), output::containsKey);
      SearchIndex fresh = builder.build("ar", docs, SearchFixture.SYNONYMS);
      Map<String, byte[]> next = outputAfter(updated, fresh, output);
      if (updated.isPresent()) {
        applied++;
        assertEquals(fresh.files(), files(next), "round " + round);
        assertArrayEquals(fresh.state().encode(), updated.get().state().encode(), "round " + round);
      }
      index = updated.orElse(fresh);
      output.clear();
      output.putAll(next);
    }
    return applied;
  }

  /**
   * Of a few documents drawn at random, the one whose fields are nearest the average lengths, as
   * most articles' are (here one much longer or shorter may move a rounded average length of 300
   * documents; of 10,000, seldom).
   */
  private static int aboutAverage(List<SearchDocument> docs, Random random) {
    List<java.util.function.Function<SearchDocument, String>> fields = List.of(SearchDocument::title,
        SearchDocument::summary, SearchDocument::body, d -> String.join(" ", d.headings()));
    double[] averages = fields.stream().mapToDouble(f -> docs.stream().mapToInt(d -> words(f.apply(d))).average().orElse(0))
        .toArray();
    int best = -1;
    double nearest = Double.MAX_VALUE;
    for (int k = 0; k < 40; k++) {
      int i = random.nextInt(docs.size());
      double distance = 0;
      for (int f = 0; f < fields.size(); f++) {
        distance += Math.abs(words(fields.get(f).apply(docs.get(i))) - averages[f]) / Math.max(1, averages[f]);
      }
      if (distance < nearest) {
        nearest = distance;
        best = i;
      }
    }
    return best;
  }

  private static int words(String text) {
    return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
  }

  @Test
  void anUpdateIsRefusedWhenItCouldNotGiveWhatABuildGives() {
    List<SearchDocument> docs = corpus.documents(200);
    IndexState state = builder.build("ar", docs, List.of()).state();
    List<SearchDocument> edited = new ArrayList<>(docs);
    edited.set(5, withBody(docs.get(5), docs.get(5).body() + " " + corpus.words(2)));
    assertTrue(builder.update("ar", edited, SearchIndexBuilder.keys(edited),
        List.of(), state, earlier(docs), gone(docs), path -> true).isPresent(), "a small edit is applied");

    assertTrue(builder.update("ar", edited, SearchIndexBuilder.keys(edited),
        List.of(), state, d -> null, url -> null, path -> true).isEmpty(), "earlier version unknown");
    assertTrue(builder.update("ar", edited, SearchIndexBuilder.keys(edited),
        List.of(), state, earlier(edited), gone(edited), path -> true).isEmpty(),
        "earlier version is not the one indexed");

    List<SearchDocument> fewer = docs.subList(1, docs.size());
    assertTrue(builder.update("ar", fewer, SearchIndexBuilder.keys(fewer),
        List.of(), state, earlier(docs), url -> null, path -> true).isEmpty(), "a document removed, its last version unknown");
    List<SearchDocument> otherFirst = new ArrayList<>(docs);
    otherFirst.set(0, withBody(docs.get(0), docs.get(0).body() + " " + corpus.words(1)));
    assertTrue(builder.update("ar", fewer, SearchIndexBuilder.keys(fewer),
        List.of(), state, earlier(docs), gone(otherFirst), path -> true).isEmpty(), "a document removed, not the version indexed");

    List<SearchDocument> longer = new ArrayList<>(docs);
    longer.set(5, withBody(docs.get(5), docs.get(5).body() + " " + corpus.words(5000)));
    assertTrue(builder.update("ar", longer, SearchIndexBuilder.keys(longer),
        List.of(), state, earlier(docs), gone(docs), path -> true).isEmpty(),
        "the average body length moved");

    byte[] damaged = state.encode();
    damaged[damaged.length / 2] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> IndexState.decode(damaged), "a damaged state is never read");

    List<SearchDocument> many = new ArrayList<>(docs);
    for (int i = 0; i <= SearchIndexBuilder.MAX_UPDATED; i++) {
      many.set(i, withBody(docs.get(i), docs.get(i).body().replaceFirst(" ", " و")));
    }
    assertTrue(builder.update("ar", many, SearchIndexBuilder.keys(many),
        List.of(), state, earlier(docs), gone(docs), path -> true).isEmpty(), "too many changed");
  }
}
