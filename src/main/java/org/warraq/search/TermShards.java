package org.warraq.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Cuts a sorted term map into consecutive shards of about a target size. A shard holds the terms
 * from its first term up to the next shard's first, so the manifest only lists first terms.
 */
final class TermShards {

  /** One shard's file and the first term it holds. */
  record Shard(String firstTerm, IndexFile file) {}

  private TermShards() {}

  /** Shards of {@code entries}, each written as a JSON object {@code term -> value}. */
  static <V> List<Shard> write(String kind, SortedMap<String, V> entries, ToIntFunction<V> size,
      int targetBytes) {
    List<Shard> shards = new ArrayList<>();
    SortedMap<String, V> current = new TreeMap<>();
    int currentBytes = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      current.put(e.getKey(), e.getValue());
      currentBytes += JsonFiles.sizeOf(e.getKey()) + size.applyAsInt(e.getValue());
      if (currentBytes >= targetBytes) {
        shards.add(new Shard(current.firstKey(), JsonFiles.write(kind, current)));
        current = new TreeMap<>();
        currentBytes = 0;
      }
    }
    if (!current.isEmpty()) {
      shards.add(new Shard(current.firstKey(), JsonFiles.write(kind, current)));
    }
    return shards;
  }

  /** The manifest's view of shards: [[first term, file name], ...]. */
  static List<List<String>> directory(List<Shard> shards) {
    List<List<String>> directory = new ArrayList<>();
    for (Shard shard : shards) {
      directory.add(List.of(shard.firstTerm(), JsonFiles.name(shard.file())));
    }
    return directory;
  }
}
