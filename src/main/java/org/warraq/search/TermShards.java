package org.warraq.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * Cuts a sorted table of terms ({@link TermTable}) into consecutive shards of about a target
 * size. A shard holds the terms from its first term up to the next shard's first, so the
 * manifest only lists first terms.
 *
 * <p>Where a shard ends depends on its own terms only, not on everything before it (as cutting
 * at every {@code target} bytes would): past half the target, a shard ends after a term with a
 * chance in proportion to the term's size, decided by a hash of the term. An edit that changes a
 * few terms then moves at most the next boundary or two, every other shard is what it was, and an
 * index update writes only the shards whose terms changed ({@link Earlier}).
 */
final class TermShards {

  /**
   * One shard: the first term it holds and its path; its file when written now, null when an
   * earlier index's file with the same bytes is kept.
   */
  record Shard(String firstTerm, String path, IndexFile file) {}

  /**
   * The shards of the same kind an earlier index made ({@code shards}: first term → path), the
   * terms whose entries may differ from that index's ({@code changedTerms}), and which files are
   * still in place ({@code inPlace}, by path).
   */
  record Earlier(NavigableMap<String, String> shards, NavigableSet<String> changedTerms, Predicate<String> inPlace) {
    /** No earlier index: every shard is written. */
    static final Earlier NONE = new Earlier(new TreeMap<>(), new TreeSet<>(), path -> false);
  }

  private TermShards() {}

  /**
   * Shards of {@code table}'s terms, each written as a JSON object {@code term -> json(i)}; {@code
   * size} is about how many bytes the i-th term's value takes there. A shard with the same terms as
   * one of {@code earlier}'s, none of them changed, and its file in place, is kept rather than
   * written (and its terms' values are never asked for).
   */
  static List<Shard> write(String kind, TermTable table, IntUnaryOperator size, IntFunction<Object> json,
      int targetBytes, Earlier earlier) {
    List<Shard> shards = new ArrayList<>();
    int from = 0;
    int currentBytes = 0;
    for (int i = 0; i < table.size(); i++) {
      if (i > from && currentBytes >= 2 * targetBytes) {
        shards.add(shard(kind, table, from, i, json, earlier)); // a run of terms that never drew a cut
        from = i;
        currentBytes = 0;
      }
      int bytes = JsonFiles.sizeOf(table.term(i)) + size.applyAsInt(i);
      currentBytes += bytes;
      if (currentBytes >= targetBytes / 2 && endsShard(table.term(i), bytes, targetBytes)) {
        shards.add(shard(kind, table, from, i + 1, json, earlier));
        from = i + 1;
        currentBytes = 0;
      }
    }
    if (from < table.size()) {
      shards.add(shard(kind, table, from, table.size(), json, earlier));
    }
    return shards;
  }

  /**
   * Whether a shard past half its target ends after {@code term}: with probability {@code 2 *
   * bytes / target}, so that it grows by about half the target more on average, whatever the
   * sizes of its terms.
   */
  private static boolean endsShard(String term, int bytes, int targetBytes) {
    int mixed = term.hashCode() * 0x9E3779B1; // String.hashCode is specified: the same on every JVM
    mixed ^= mixed >>> 15;
    return Integer.remainderUnsigned(mixed, targetBytes) < 2L * bytes;
  }

  /** The shard of the table's terms {@code from} (inclusive) {@code to} (exclusive); the next shard starts at {@code to}. */
  private static Shard shard(String kind, TermTable table, int from, int to, IntFunction<Object> json, Earlier earlier) {
    String first = table.term(from);
    String next = to < table.size() ? table.term(to) : null;
    String earlierPath = earlier.shards().get(first);
    if (earlierPath != null && Objects.equals(earlier.shards().higherKey(first), next)
        && (next == null ? earlier.changedTerms().tailSet(first, true) : earlier.changedTerms().subSet(first, next))
            .isEmpty()
        && earlier.inPlace().test(earlierPath)) {
      return new Shard(first, earlierPath, null);
    }
    Map<String, Object> content = new TreeMap<>();
    for (int i = from; i < to; i++) {
      content.put(table.term(i), json.apply(i));
    }
    IndexFile file = JsonFiles.write(kind, content);
    return new Shard(first, file.path(), file);
  }

  /** The manifest's view of shards: [[first term, file name], ...]. */
  static List<List<String>> directory(List<Shard> shards) {
    List<List<String>> directory = new ArrayList<>();
    for (Shard shard : shards) {
      directory.add(List.of(shard.firstTerm(), shard.path().substring(shard.path().lastIndexOf('/') + 1)));
    }
    return directory;
  }

  /** Shards as an {@link Earlier} index's: first term → path. */
  static NavigableMap<String, String> paths(List<Shard> shards) {
    NavigableMap<String, String> paths = new TreeMap<>();
    shards.forEach(s -> paths.put(s.firstTerm(), s.path()));
    return paths;
  }
}
