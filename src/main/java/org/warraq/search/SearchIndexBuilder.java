package org.warraq.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
    TextAnalyzer analyzer = Analyzers.forLanguage(language);
    // Newest first: the id order is the tie-break among equal scores.
    List<SearchDocument> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(SearchDocument::date).reversed().thenComparing(SearchDocument::url));
    // Analysis is most of the work and independent per document; the list keeps input order.
    List<List<String>> phrases = SynonymTable.phrases(synonyms, analyzer);
    List<AnalyzedDocument> analyzed =
        sorted.parallelStream().map(d -> {
          AnalyzedDocument a = AnalyzedDocument.of(d, analyzer, phrases);
          progress.advance();
          return a;
        }).toList();
    // The documents' metadata shards need no postings: written on another core meanwhile (when a
    // rebuild indexes one language only, that core is otherwise idle).
    java.util.concurrent.CompletableFuture<DocumentShards.Written> documentShardsWritten =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> DocumentShards.write(sorted, options));
    InvertedIndex index = InvertedIndex.build(analyzed, options);

    SortedMap<String, int[]> postings = new TreeMap<>();
    SortedMap<String, Integer> lexicon = new TreeMap<>();
    index.postings().forEach((term, p) -> {
      postings.put(term, DeltaCoding.postings(p.pairs()));
      lexicon.put(term, p.documentFrequency());
    });
    SortedMap<String, int[]> positions = new TreeMap<>();
    index.positions().forEach((term, runs) -> positions.put(term, DeltaCoding.positions(runs)));

    List<TermShards.Shard> postingShards =
        TermShards.write("postings", postings, JsonFiles::sizeOf, options.postingsShardBytes());
    List<TermShards.Shard> lexiconShards =
        TermShards.write("lexicon", lexicon, df -> 1 + String.valueOf(df).length(), options.lexiconShardBytes());
    List<TermShards.Shard> positionShards =
        TermShards.write("positions", positions, JsonFiles::sizeOf, options.positionsShardBytes());
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
    manifest.put("synonyms", SynonymTable.build(synonyms, analyzer, index.postings()::containsKey));
    IndexFile manifestFile = JsonFiles.write("manifest", manifest);

    List<IndexFile> files = new ArrayList<>();
    files.add(manifestFile);
    postingShards.forEach(s -> files.add(s.file()));
    lexiconShards.forEach(s -> files.add(s.file()));
    positionShards.forEach(s -> files.add(s.file()));
    files.add(positionsDirectory);
    files.addAll(documentShards.files());
    files.sort(Comparator.comparing(IndexFile::path));
    return new SearchIndex(manifestFile.path(), dedupe(files),
        SynonymTable.uses(synonyms, analyzer, index.postings()::containsKey));
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
