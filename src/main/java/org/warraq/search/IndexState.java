package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What updating a language's index needs from the build that made it: each document's URL and
 * key ({@link SearchDocument#key}) in id order, the fields' total lengths, and every term's
 * postings and positions. Kept between builds in a compact form ({@link #encode}).
 *
 * @param urls        document URLs, by id
 * @param keys        document keys, by id
 * @param fieldTotals how many terms each field holds over all documents, in {@link Field} order
 * @param postings    term to (id, scaled pseudo frequency) pairs, ids ascending
 * @param positions   term to runs of (id, count, positions...), ids ascending
 * @param groupKeys   per group of document shards, a digest of what it holds ({@link DocumentShards})
 * @param groupHashes per group of document shards, the hash its file names carry
 * @param termShards  per kind of term shard (postings, lexicon, positions), each shard's first term → its path
 */
public record IndexState(List<String> urls, List<String> keys, long[] fieldTotals, SortedMap<String, int[]> postings,
    SortedMap<String, int[]> positions, List<String> groupKeys, List<String> groupHashes,
    Map<String, java.util.NavigableMap<String, String>> termShards) {

  /** Bumped when the encoding changes: an older state is not read, and the index is built afresh. */
  private static final int FORMAT = 4;

  /** Copies the lists. */
  public IndexState {
    urls = List.copyOf(urls);
    keys = List.copyOf(keys);
    fieldTotals = fieldTotals.clone();
    groupKeys = List.copyOf(groupKeys);
    groupHashes = List.copyOf(groupHashes);
    java.util.Map<String, java.util.NavigableMap<String, String>> shards = new java.util.TreeMap<>();
    termShards.forEach((kind, paths) -> shards.put(kind, java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(paths))));
    termShards = java.util.Collections.unmodifiableMap(shards);
  }

  /** The same state with the shards of the index made from it: document groups as {@code written}, term shards by kind. */
  IndexState withShards(DocumentShards.Written written, Map<String, java.util.NavigableMap<String, String>> termShards) {
    return new IndexState(urls, keys, fieldTotals, postings, positions, written.groupKeys(), written.groupHashes(),
        termShards);
  }

  /** The document shards' groups this state's index wrote, and which of their files are still in place. */
  DocumentShards.Earlier groups(java.util.function.Predicate<String> inPlace) {
    return new DocumentShards.Earlier(groupKeys, groupHashes, inPlace);
  }

  /**
   * The state as bytes: numbers as variable-length integers, postings and positions delta-coded,
   * and a CRC-32 of all that at the end, so that a damaged cache is never read as another index.
   */
  public byte[] encode() {
    Bytes out = new Bytes();
    out.number(FORMAT);
    out.number(urls.size());
    urls.forEach(out::text);
    keys.forEach(out::text);
    for (long total : fieldTotals) {
      out.number(total);
    }
    terms(out, postings, DeltaCoding::postings);
    terms(out, positions, DeltaCoding::positions);
    out.number(groupKeys.size());
    groupKeys.forEach(out::text);
    groupHashes.forEach(out::text);
    out.number(termShards.size());
    termShards.forEach((kind, paths) -> {
      out.text(kind);
      out.number(paths.size());
      paths.forEach((first, path) -> {
        out.text(first);
        out.text(path);
      });
    });
    byte[] body = out.bytes();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body);
    return java.nio.ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array();
  }

  /** The state encoded in {@code bytes}; throws IllegalArgumentException if they are not one. */
  public static IndexState decode(byte[] encoded) {
    if (encoded.length < 8) {
      throw new IllegalArgumentException("search index state cut short");
    }
    byte[] bytes = Arrays.copyOf(encoded, encoded.length - 8);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes);
    if (crc.getValue() != java.nio.ByteBuffer.wrap(encoded, bytes.length, 8).getLong()) {
      throw new IllegalArgumentException("damaged search index state");
    }
    Reader in = new Reader(bytes);
    if (in.number() != FORMAT) {
      throw new IllegalArgumentException("another format of search index state");
    }
    int documents = in.count();
    List<String> urls = new ArrayList<>(documents);
    for (int i = 0; i < documents; i++) {
      urls.add(in.text());
    }
    List<String> keys = new ArrayList<>(documents);
    for (int i = 0; i < documents; i++) {
      keys.add(in.text());
    }
    long[] totals = new long[Field.values().length];
    for (int i = 0; i < totals.length; i++) {
      totals[i] = in.number();
    }
    SortedMap<String, int[]> postings = terms(in, IndexState::undeltaPostings);
    SortedMap<String, int[]> positions = terms(in, IndexState::undeltaPositions);
    int groups = in.count();
    List<String> groupKeys = new ArrayList<>(groups);
    for (int i = 0; i < groups; i++) {
      groupKeys.add(in.text());
    }
    List<String> groupHashes = new ArrayList<>(groups);
    for (int i = 0; i < groups; i++) {
      groupHashes.add(in.text());
    }
    Map<String, java.util.NavigableMap<String, String>> termShards = new TreeMap<>();
    for (int kinds = in.count(); kinds > 0; kinds--) {
      String kind = in.text();
      java.util.NavigableMap<String, String> paths = new TreeMap<>();
      for (int n = in.count(); n > 0; n--) {
        paths.put(in.text(), in.text());
      }
      termShards.put(kind, paths);
    }
    if (in.position != bytes.length) {
      throw new IllegalArgumentException("trailing bytes in search index state");
    }
    return new IndexState(urls, keys, totals, postings, positions, groupKeys, groupHashes, termShards);
  }

  private static void terms(Bytes out, SortedMap<String, int[]> terms, java.util.function.UnaryOperator<int[]> delta) {
    out.number(terms.size());
    terms.forEach((term, values) -> {
      out.text(term);
      int[] coded = delta.apply(values);
      out.number(coded.length);
      for (int v : coded) {
        out.number(v);
      }
    });
  }

  private static SortedMap<String, int[]> terms(Reader in, java.util.function.UnaryOperator<int[]> undelta) {
    SortedMap<String, int[]> terms = new TreeMap<>();
    for (int n = in.count(); n > 0; n--) {
      String term = in.text();
      int[] values = new int[in.count()];
      for (int i = 0; i < values.length; i++) {
        values[i] = (int) in.number();
      }
      terms.put(term, undelta.apply(values));
    }
    return terms;
  }

  /** The inverse of {@link DeltaCoding#postings}, in place. */
  private static int[] undeltaPostings(int[] pairs) {
    for (int i = 2; i < pairs.length; i += 2) {
      pairs[i] += pairs[i - 2];
    }
    return pairs;
  }

  /** The inverse of {@link DeltaCoding#positions}, in place. */
  private static int[] undeltaPositions(int[] runs) {
    int previousId = 0;
    for (int i = 0; i < runs.length; ) {
      runs[i] += previousId;
      previousId = runs[i];
      int count = runs[i + 1];
      for (int k = i + 3; k < i + 2 + count; k++) {
        runs[k] += runs[k - 1];
      }
      i += 2 + count;
    }
    return runs;
  }

  /** A growing byte array (unsynchronized: ByteArrayOutputStream locks on every byte). */
  private static final class Bytes {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    void number(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("negative number in search index state: " + value);
      }
      if (size + 10 > bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      while (value >= 0x80) {
        bytes[size++] = (byte) (value | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    void text(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      number(utf8.length);
      if (size + utf8.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + utf8.length));
      }
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    byte[] bytes() {
      return Arrays.copyOf(bytes, size);
    }
  }

  private static final class Reader {
    private final byte[] bytes;
    private int position;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    long number() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = bytes[position++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("bad number in search index state");
    }

    int count() {
      long n = number();
      if (n > bytes.length - position) {
        throw new IllegalArgumentException("bad count in search index state");
      }
      return (int) n;
    }

    String text() {
      int length = count();
      String s = new String(bytes, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }
  }
}
