package org.warraq.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What updating a language's index needs from the build that made it: each document's URL and
 * key ({@link SearchDocument#key}) in id order, the fields' total lengths, and every term's
 * postings and positions. Kept between builds in a compact form ({@link #encode}), whose terms
 * are decoded only where an update needs them ({@link TermTable}).
 *
 * @param urls        document URLs, by id
 * @param keys        document keys, by id
 * @param fieldTotals how many terms each field holds over all documents, in {@link Field} order
 * @param postings    per term, (id, scaled pseudo frequency) pairs, ids ascending
 * @param positions   per term, runs of (id, count, positions...), ids ascending
 * @param groupKeys   per group of document shards, a digest of what it holds ({@link DocumentShards})
 * @param groupHashes per group of document shards, the hash its file names carry
 * @param termShards  per kind of term shard (postings, lexicon, positions), each shard's first term → its path
 */
public record IndexState(List<String> urls, List<String> keys, long[] fieldTotals, TermTable postings,
    TermTable positions, List<String> groupKeys, List<String> groupHashes,
    Map<String, java.util.NavigableMap<String, String>> termShards) {

  /** Bumped when the encoding changes: an older state is not read, and the index is built afresh. */
  private static final int FORMAT = 5;

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

  /** The same documents with other postings and positions: those of documents taken out, before {@link #inOrderOf} drops them. */
  IndexState withTerms(TermTable postings, TermTable positions) {
    return new IndexState(urls, keys, fieldTotals, postings, positions, groupKeys, groupHashes, termShards);
  }

  /**
   * This state with its documents in the order of {@code urlsInIdOrder}, if that holds every one of
   * them but those {@code gone}: a date change moves a document among the others, and a new or a
   * deleted document comes in or leaves among them, each moving every id between by one. A URL new
   * to this state gets an empty key (no document key is empty) and nothing in the postings,
   * positions or field totals: the caller adds it as an edit of nothing. A document gone must
   * already be out of the postings and positions ({@link #withTerms}). Terms whose postings or
   * positions change with the ids are added to {@code postingsChanged} and {@code positionsChanged};
   * the document shards' groups stay those this state's index wrote. Empty when another document
   * is missing or a URL is named twice.
   */
  Optional<IndexState> inOrderOf(List<String> urlsInIdOrder, java.util.Set<String> gone,
      java.util.Set<String> postingsChanged, java.util.Set<String> positionsChanged) {
    if (urlsInIdOrder.equals(urls)) {
      return Optional.of(this);
    }
    Map<String, Integer> idNow = new java.util.HashMap<>(urlsInIdOrder.size() * 2);
    for (int id = 0; id < urlsInIdOrder.size(); id++) {
      idNow.put(urlsInIdOrder.get(id), id);
    }
    if (idNow.size() != urlsInIdOrder.size()) {
      return Optional.empty();
    }
    int[] newId = new int[urls.size()];
    List<String> keysNow = new ArrayList<>(java.util.Collections.nCopies(urlsInIdOrder.size(), ""));
    for (int id = 0; id < urls.size(); id++) {
      Integer now = idNow.get(urls.get(id));
      if (now == null) {
        if (!gone.contains(urls.get(id))) {
          return Optional.empty(); // a document removed that was not taken out: its terms are still counted
        }
        newId[id] = -1; // no number of it is left to renumber
        continue;
      }
      newId[id] = now;
      keysNow.set(now, keys.get(id));
    }
    return Optional.of(new IndexState(urlsInIdOrder, keysNow, fieldTotals, postings.renumbered(newId, postingsChanged),
        positions.renumbered(newId, positionsChanged), groupKeys, groupHashes, termShards));
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
    // Sized from the start: doubling up to the 13 MB of a 10,000-article index copied 30 MB more.
    Varints.Writer out = new Varints.Writer((int) Math.min(Integer.MAX_VALUE - 16,
        (1L << 16) + postings.encodedSizeHint() + (long) positions.encodedSizeHint()));
    out.number(FORMAT);
    out.number(urls.size());
    urls.forEach(out::text);
    keys.forEach(out::text);
    for (long total : fieldTotals) {
      out.number(total);
    }
    postings.encode(out);
    positions.encode(out);
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
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(out.array(), 0, out.size());
    return java.nio.ByteBuffer.allocate(out.size() + 8).put(out.array(), 0, out.size()).putLong(crc.getValue()).array();
  }

  /**
   * The state encoded in {@code encoded}, which it goes on reading terms from (they are not to be
   * changed); throws IllegalArgumentException if they are not one.
   */
  public static IndexState decode(byte[] encoded) {
    if (encoded.length < 8) {
      throw new IllegalArgumentException("search index state cut short");
    }
    int length = encoded.length - 8;
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(encoded, 0, length);
    if (crc.getValue() != java.nio.ByteBuffer.wrap(encoded, length, 8).getLong()) {
      throw new IllegalArgumentException("damaged search index state");
    }
    Varints.Reader in = new Varints.Reader(encoded, 0, length);
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
    TermTable postings = TermTable.decode(in, encoded, TermTable.Coding.POSTINGS);
    TermTable positions = TermTable.decode(in, encoded, TermTable.Coding.POSITIONS);
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
    if (!in.atLimit()) {
      throw new IllegalArgumentException("trailing bytes in search index state");
    }
    return new IndexState(urls, keys, totals, postings, positions, groupKeys, groupHashes, termShards);
  }
}
