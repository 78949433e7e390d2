package org.warraq.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * What a browser downloads for a one-word query, following warraq-search.js: the manifest, the
 * postings shard holding the term, and the document shards of the top ten results.
 */
final class QueryCost {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, IndexFile> files;
  private final JsonNode manifest;

  QueryCost(SearchIndex index) {
    files = index.files().stream().collect(Collectors.toMap(f -> JsonFiles.name(f), Function.identity()));
    manifest = read(JsonFiles.name(index.files().stream()
        .filter(f -> f.path().equals(index.manifestPath())).findFirst().orElseThrow()));
  }

  /** The files fetched for {@code term}, in fetch order. */
  List<String> filesFor(String term) {
    Set<String> fetched = new LinkedHashSet<>();
    fetched.add(manifestName());
    JsonNode dir = manifest.get("postings");
    int shard = 0;
    for (int i = 0; i < dir.size(); i++) {
      if (dir.get(i).get(0).asText().compareTo(term) <= 0) {
        shard = i;
      }
    }
    String postingsFile = dir.get(shard).get(1).asText();
    fetched.add(postingsFile);
    JsonNode postings = read(postingsFile).get(term);
    if (postings == null) {
      throw new AssertionError("term not in index: " + term);
    }
    // One term: the rank order is the pseudo frequency, ties by id.
    List<int[]> docs = new ArrayList<>();
    int id = 0;
    for (int i = 0; i < postings.size(); i += 2) {
      id += postings.get(i).asInt();
      docs.add(new int[] {id, postings.get(i + 1).asInt()});
    }
    docs.sort(Comparator.<int[]>comparingInt(d -> -d[1]).thenComparingInt(d -> d[0]));
    int perShard = manifest.get("documentsPerShard").asInt();
    int perGroup = manifest.get("shardsPerGroup").asInt();
    for (int[] d : docs.subList(0, Math.min(10, docs.size()))) {
      int s = d[0] / perShard;
      fetched.add("documents-" + manifest.get("documentGroups").get(s / perGroup).asText() + "-" + s % perGroup + ".json");
    }
    return new ArrayList<>(fetched);
  }

  /** Sum of the gzip sizes of {@code names}. */
  long gzipBytes(List<String> names) {
    long total = 0;
    for (String name : names) {
      total += gzipSize(files.get(name).bytes());
    }
    return total;
  }

  private String manifestName() {
    return files.keySet().stream().filter(n -> n.startsWith("manifest-")).findFirst().orElseThrow();
  }

  private JsonNode read(String name) {
    try {
      return JSON.readTree(files.get(name).bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long gzipSize(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }
}
