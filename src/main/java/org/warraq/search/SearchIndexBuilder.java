package org.warraq.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.warraq.parallel.Parallel;
import org.warraq.text.Analyzers;
import org.warraq.text.TextAnalyzer;

/**
 * Builds one language's search index: a manifest, postings, lexicon and positions shards cut by
 * term range, and document metadata shards cut by document id. All names are content hashes,
 * all bytes deterministic. Read by static/js/warraq-search.js.
 */
public final class SearchIndexBuilder {

  /** Bumped when the files change shape, so an old script never misreads a new index. */
  static final int FORMAT = 1;

  private final IndexOptions options;

  /** A builder with the given ranking parameters and file sizes. */
  public SearchIndexBuilder(IndexOptions options) {
    this.options = options;
  }

  /** The index of {@code documents} in {@code language}; input order does not matter. */
  public SearchIndex build(String language, List<SearchDocument> documents) {
    return build(language, documents, List.of());
  }

  /**
   * The index of {@code documents} in {@code language}, whose manifest carries the spelling-variant
   * groups ({@code synonyms}, as written in site.yaml) that the browser applies to queries.
   */
  public SearchIndex build(String language, List<SearchDocument> documents, List<List<String>> synonyms) {
    return build(language, documents, synonyms, org.warraq.problem.Progress.NONE);
  }

  /** As above; {@code progress} hears of each document analyzed (most of the work). */
  public SearchIndex build(String language, List<SearchDocument> documents, List<List<String>> synonyms,
      org.warraq.problem.Progress progress) {
    return build(language, documents, keys(documents), synonyms, progress);
  }

  /** As above, with each document's {@link SearchDocument#key} ({@code keys}, in the order of {@code documents}). */
  public SearchIndex build(String language, List<SearchDocument> documents, List<String> keys,
      List<List<String>> synonyms, org.warraq.problem.Progress progress) {
    TextAnalyzer analyzer = Analyzers.forLanguage(language);
    int[] order = idOrder(documents);
    List<SearchDocument> sorted = permuted(documents, order);
    // Analysis is most of the work and independent per document; the list keeps input order.
    List<List<String>> phrases = SynonymTable.phrases(synonyms, analyzer);
    List<AnalyzedDocument> analyzed =
        Parallel.map(sorted, d -> {
          AnalyzedDocument a = AnalyzedDocument.of(d, analyzer, phrases);
          progress.advance();
          return a;
        });
    // The documents' metadata shards need no postings: written on another core meanwhile (when a
    // rebuild indexes one language only, that core is otherwise idle).
    java.util.concurrent.CompletableFuture<DocumentShards.Written> documentShards =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> DocumentShards.write(sorted, permuted(keys, order), options, DocumentShards.Earlier.NONE));
    InvertedIndex index = InvertedIndex.build(analyzed, options);
    return files(language, sorted, index, synonyms, analyzer, documentShards,
        new IndexState(sorted.stream().map(SearchDocument::url).toList(), permuted(keys, order),
            InvertedIndex.fieldTotals(analyzed),
            index.postings(), index.positions(), List.of(), List.of(), Map.of()),
        kind -> TermShards.Earlier.NONE);
  }

  /** Each document's key, in the order of {@code documents}; worked out on all cores. */
  public static List<String> keys(List<SearchDocument> documents) {
    return Parallel.map(documents, SearchDocument::key);
  }

  /**
   * The positions in {@code documents} of the documents with ids 0, 1, 2 …: newest first, then
   * by URL (the id order is the tie-break among equal scores).
   */
  private static int[] idOrder(List<SearchDocument> documents) {
    Comparator<SearchDocument> byId = Comparator.comparing(SearchDocument::date).reversed()
        .thenComparing(SearchDocument::url);
    return java.util.stream.IntStream.range(0, documents.size()).boxed()
        .sorted((a, b) -> byId.compare(documents.get(a), documents.get(b))).mapToInt(Integer::intValue).toArray();
  }

  private static <T> List<T> permuted(List<T> items, int[] order) {
    List<T> out = new ArrayList<>(items.size());
    for (int i : order) {
      out.add(items.get(i));
    }
    return out;
  }

  /** At most this many changed documents are applied to an earlier index; more are indexed afresh. */
  static final int MAX_UPDATED = 64;

  /**
   * The index of {@code documents} ({@code keysInOrder}: their keys, in the same order), made by
   * applying their changes to the index an earlier build made ({@code previous}, its state), with
   * exactly the bytes {@link #build} would give; empty when that cannot be done, and the index
   * must be built afresh. It can when the documents are the earlier index's pages, in any order,
   * with new ones or some gone (the earlier index is renumbered into the new order first, the
   * documents gone taken out), at most {@link #MAX_UPDATED} of them changed or gone, {@code before} gives each
   * changed document as the earlier index had it (null when unknown), {@code deleted} each deleted
   * one by its URL (null when unknown), and no field's rounded
   * average length moved. Document shards the earlier index wrote that hold the same documents
   * and are still in place ({@code inPlace}, by path) are listed as {@link SearchIndex#unchanged}.
   */
  public java.util.Optional<SearchIndex> update(String language, List<SearchDocument> documents,
      List<String> keysInOrder, List<List<String>> synonyms, IndexState previous,
      java.util.function.UnaryOperator<SearchDocument> before, java.util.function.Function<String, SearchDocument> deleted,
      java.util.function.Predicate<String> inPlace) {
    int[] order = idOrder(documents);
    List<SearchDocument> sorted = permuted(documents, order);
    List<String> keys = permuted(keysInOrder, order);
    List<String> urls = sorted.stream().map(SearchDocument::url).toList();
    // The terms whose postings, document frequency or positions differ from the earlier index's:
    // their shards are written again, the others kept (an edit lengthening a body changes all its
    // terms' pseudo frequencies, but few of their positions and fewer document frequencies).
    java.util.NavigableSet<String> postingsChanged = new java.util.TreeSet<>();
    java.util.NavigableSet<String> lexiconChanged = new java.util.TreeSet<>();
    java.util.NavigableSet<String> positionsChanged = new java.util.TreeSet<>();
    TextAnalyzer analyzer = Analyzers.forLanguage(language);
    List<List<String>> phrases = SynonymTable.phrases(synonyms, analyzer);
    long[] totals = previous.fieldTotals().clone();
    // The earlier index's documents were scaled by its own averages: they must still be the averages (checked below).
    Map<Field, Double> averages = InvertedIndex.averageLengths(previous.fieldTotals(), previous.urls().size());
    // Documents deleted since: taken out of the earlier index under their own ids.
    java.util.Set<String> present = new java.util.HashSet<>(urls);
    java.util.Set<String> goneUrls = new java.util.HashSet<>();
    SortedMap<String, int[]> pairsOut = new TreeMap<>();
    SortedMap<String, int[]> positionsOut = new TreeMap<>();
    for (int id = 0; id < previous.urls().size(); id++) {
      String url = previous.urls().get(id);
      if (present.contains(url)) {
        continue;
      }
      SearchDocument old = deleted.apply(url);
      if (old == null || !old.key().equals(previous.keys().get(id)) || goneUrls.size() >= MAX_UPDATED) {
        return java.util.Optional.empty();
      }
      goneUrls.add(url);
      AnalyzedDocument analyzed = AnalyzedDocument.of(old, analyzer, phrases);
      InvertedIndex.add(totals, analyzed, -1);
      for (String term : InvertedIndex.positionRuns(analyzed, id).keySet()) {
        positionsOut.put(term, IdRuns.withoutRun(current(previous.positions(), positionsOut, term), id));
        positionsChanged.add(term);
      }
      // The terms it held (the averages only scale their frequencies).
      for (String term : InvertedIndex.scaledFrequencies(analyzed, averages, options).keySet()) {
        pairsOut.put(term, IdRuns.withoutPair(current(previous.postings(), pairsOut, term), id));
        postingsChanged.add(term);
        lexiconChanged.add(term);
      }
    }
    IndexState taken = goneUrls.isEmpty() ? previous
        : previous.withTerms(previous.postings().with(pairsOut), previous.positions().with(positionsOut));
    // A document moved by a date change, a new one or one gone: the earlier index is renumbered into the new order.
    java.util.Optional<IndexState> inOrder = taken.inOrderOf(urls, goneUrls, postingsChanged, positionsChanged);
    if (inOrder.isEmpty()) {
      return java.util.Optional.empty();
    }
    IndexState earlier = inOrder.get();
    List<Integer> changed = new ArrayList<>();
    for (int id = 0; id < sorted.size(); id++) {
      if (!keys.get(id).equals(earlier.keys().get(id))) {
        changed.add(id);
      }
    }
    if (changed.size() + goneUrls.size() > MAX_UPDATED) {
      return java.util.Optional.empty();
    }
    List<AnalyzedDocument> removed = new ArrayList<>();
    List<AnalyzedDocument> added = new ArrayList<>();
    for (int id : changed) {
      AnalyzedDocument gone = AnalyzedDocument.NONE; // a new document: nothing of it in the earlier index
      if (!earlier.keys().get(id).isEmpty()) {
        SearchDocument old = before.apply(sorted.get(id));
        if (old == null || !old.key().equals(earlier.keys().get(id))) {
          return java.util.Optional.empty();
        }
        gone = AnalyzedDocument.of(old, analyzer, phrases);
      }
      AnalyzedDocument now = AnalyzedDocument.of(sorted.get(id), analyzer, phrases);
      InvertedIndex.add(totals, gone, -1);
      InvertedIndex.add(totals, now, 1);
      removed.add(gone);
      added.add(now);
    }
    if (!averages.equals(InvertedIndex.averageLengths(totals, sorted.size()))) {
      return java.util.Optional.empty(); // every document's pseudo frequencies change
    }
    java.util.concurrent.CompletableFuture<DocumentShards.Written> documentShards =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> DocumentShards.write(sorted, keys, options, previous.groups(inPlace)));
    // Only the terms the changed documents hold are decoded and changed; the rest stay as saved.
    SortedMap<String, int[]> pairs = new TreeMap<>();
    SortedMap<String, int[]> positions = new TreeMap<>();
    for (int k = 0; k < changed.size(); k++) {
      int id = changed.get(k);
      Map<String, Integer> gone = InvertedIndex.scaledFrequencies(removed.get(k), averages, options);
      Map<String, Integer> now = InvertedIndex.scaledFrequencies(added.get(k), averages, options);
      Map<String, int[]> goneRuns = InvertedIndex.positionRuns(removed.get(k), id);
      Map<String, int[]> nowRuns = InvertedIndex.positionRuns(added.get(k), id);
      differences(gone, now, java.util.Objects::equals, postingsChanged);
      differences(gone, now, (a, b) -> true, lexiconChanged);
      differences(goneRuns, nowRuns, java.util.Arrays::equals, positionsChanged);
      for (String term : gone.keySet()) {
        pairs.put(term, IdRuns.withoutPair(current(earlier.postings(), pairs, term), id));
      }
      for (String term : goneRuns.keySet()) {
        positions.put(term, IdRuns.withoutRun(current(earlier.positions(), positions, term), id));
      }
      now.forEach((term, value) -> pairs.put(term, IdRuns.withPair(current(earlier.postings(), pairs, term), id, value)));
      nowRuns.forEach((term, run) -> positions.put(term,
          IdRuns.withRun(current(earlier.positions(), positions, term), id, run)));
    }
    Map<String, java.util.NavigableSet<String>> changedTerms = Map.of("postings", postingsChanged,
        "lexicon", lexiconChanged, "positions", positionsChanged);
    InvertedIndex index = InvertedIndex.of(earlier.postings().with(pairs), earlier.positions().with(positions), averages);
    return java.util.Optional.of(files(language, sorted, index, synonyms, analyzer, documentShards,
        new IndexState(earlier.urls(), keys, totals, index.postings(), index.positions(), List.of(), List.of(), Map.of()),
        kind -> new TermShards.Earlier(previous.termShards().getOrDefault(kind, new TreeMap<>()), changedTerms.get(kind),
            inPlace)));
  }

  /** Adds to {@code into} the terms in one map only, and those in both whose values {@code same} tells apart. */
  private static <V> void differences(Map<String, V> before, Map<String, V> after,
      java.util.function.BiPredicate<V, V> same, java.util.Set<String> into) {
    before.forEach((term, value) -> {
      V other = after.get(term);
      if (other == null || !same.test(value, other)) {
        into.add(term);
      }
    });
    after.keySet().forEach(term -> {
      if (!before.containsKey(term)) {
        into.add(term);
      }
    });
  }

  /** A term's numbers as the update has left them so far: changed ({@code changes}, empty or null when gone) or as saved. */
  private static int[] current(TermTable saved, SortedMap<String, int[]> changes, String term) {
    if (!changes.containsKey(term)) {
      return saved.get(term);
    }
    int[] values = changes.get(term);
    return values == null || values.length == 0 ? null : values;
  }

  /**
   * The index's files, from its postings and positions, with the state that an update of it
   * needs; shards that {@code earlier} (by kind of shard) says are unchanged are kept, not written.
   */
  private SearchIndex files(String language, List<SearchDocument> sorted, InvertedIndex index,
      List<List<String>> synonyms, TextAnalyzer analyzer,
      java.util.concurrent.CompletableFuture<DocumentShards.Written> documentShardsWritten, IndexState state,
      java.util.function.Function<String, TermShards.Earlier> earlier) {
    TermTable postings = index.postings();
    TermTable positions = index.positions();
    List<TermShards.Shard> postingShards = TermShards.write("postings", postings, postings::jsonSize, postings::deltas,
        options.postingsShardBytes(), earlier.apply("postings"));
    // A term's document frequency: half its postings' numbers.
    List<TermShards.Shard> lexiconShards = TermShards.write("lexicon", postings,
        i -> 1 + String.valueOf(postings.count(i) / 2).length(), i -> postings.count(i) / 2,
        options.lexiconShardBytes(), earlier.apply("lexicon"));
    List<TermShards.Shard> positionShards = TermShards.write("positions", positions, positions::jsonSize,
        positions::deltas, options.positionsShardBytes(), earlier.apply("positions"));
    DocumentShards.Written documentShards = documentShardsWritten.join();
    // Only phrase queries need positions, so their directory stays out of the manifest.
    IndexFile positionsDirectory = JsonFiles.write("positions-directory", TermShards.directory(positionShards));

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", FORMAT);
    manifest.put("language", language);
    manifest.put("documents", sorted.size());
    manifest.put("k1", options.k1());
    manifest.put("scale", InvertedIndex.SCALE);
    manifest.put("fields", fields(index));
    manifest.put("postings", TermShards.directory(postingShards));
    manifest.put("lexicon", TermShards.directory(lexiconShards));
    manifest.put("positionsDirectory", JsonFiles.name(positionsDirectory));
    manifest.put("documentsPerShard", options.documentsPerShard());
    manifest.put("shardsPerGroup", DocumentShards.SHARDS_PER_GROUP);
    manifest.put("documentGroups", documentShards.groupHashes());
    manifest.put("synonyms", SynonymTable.build(synonyms, analyzer, index.postings()::contains));
    IndexFile manifestFile = JsonFiles.write("manifest", manifest);

    List<IndexFile> files = new ArrayList<>();
    java.util.Set<String> kept = new java.util.TreeSet<>(documentShards.unchanged());
    files.add(manifestFile);
    for (List<TermShards.Shard> shards : List.of(postingShards, lexiconShards, positionShards)) {
      for (TermShards.Shard shard : shards) {
        if (shard.file() != null) {
          files.add(shard.file());
        } else {
          kept.add(shard.path());
        }
      }
    }
    files.add(positionsDirectory);
    files.addAll(documentShards.files());
    files.sort(Comparator.comparing(IndexFile::path));
    List<IndexFile> written = dedupe(files);
    // Two groups with equal documents share files: one written now is not also left in place.
    java.util.Set<String> paths = new java.util.HashSet<>();
    written.forEach(f -> paths.add(f.path()));
    List<String> unchanged = kept.stream().filter(path -> !paths.contains(path)).toList();
    Map<String, java.util.NavigableMap<String, String>> termShards = Map.of("postings", TermShards.paths(postingShards),
        "lexicon", TermShards.paths(lexiconShards), "positions", TermShards.paths(positionShards));
    return new SearchIndex(manifestFile.path(), written, unchanged,
        SynonymTable.uses(synonyms, analyzer, index.postings()::contains),
        state.withShards(documentShards, termShards));
  }

  // Informational for the browser (it ranks with the precomputed pseudo frequencies), and a
  // record of what the postings were built with.
  private Map<String, Object> fields(InvertedIndex index) {
    Map<String, Object> fields = new TreeMap<>();
    for (Field field : Field.values()) {
      Map<String, Object> f = new TreeMap<>();
      f.put("weight", options.weights().get(field));
      f.put("b", options.lengthNorm().get(field));
      f.put("averageLength", Math.round(index.averageLengths().get(field) * 1000) / 1000.0);
      fields.put(field.key(), f);
    }
    return fields;
  }

  // Two shards with equal content (two documents with identical metadata) share one file.
  private static List<IndexFile> dedupe(List<IndexFile> sortedFiles) {
    List<IndexFile> unique = new ArrayList<>();
    for (IndexFile f : sortedFiles) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).path().equals(f.path())) {
        unique.add(f);
      }
    }
    return unique;
  }
}
