package org.warraq.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.model.OutputFile;

/**
 * What a result shows (URL, title, dates, topics, summary, the start of the body for snippets),
 * a few documents per file by id, so a page of results downloads only its own metadata.
 *
 * <p>Shard {@code s} is {@code search/documents-<group hash>-<s % SHARDS_PER_GROUP>.json}: one
 * hash over each group's content (over its members' SHA-256 digests, which are their keys in the
 * output too) keeps names content-addressed while the manifest lists one hash per group rather
 * than per shard (at 10,000 articles that saves some 12 KB gzip per query).
 */
final class DocumentShards {

  /** How many shards share one content hash. */
  static final int SHARDS_PER_GROUP = 64;

  /**
   * The shards' files, and per group the hash the manifest lists and the key of what it holds.
   *
   * @param files       shards written now
   * @param groupHashes by group, as the manifest lists them
   * @param groupKeys   by group, a digest of its documents' keys and the shard sizes
   * @param unchanged   paths of shards an earlier index wrote with these very bytes, still in place
   */
  record Written(List<IndexFile> files, List<String> groupHashes, List<String> groupKeys, List<String> unchanged) {}

  /**
   * The groups an earlier index wrote, by group ({@link Written#groupKeys}, {@link
   * Written#groupHashes}), and which of its files are still in place.
   */
  record Earlier(List<String> groupKeys, List<String> groupHashes, java.util.function.Predicate<String> inPlace) {
    /** No earlier index: every group is written. */
    static final Earlier NONE = new Earlier(List.of(), List.of(), path -> false);
  }

  private DocumentShards() {}

  /**
   * The metadata files of {@code documents} ({@code keys}: their {@link SearchDocument#key}s, in
   * the same order); shard {@code i} holds documents {@code i * perShard} onwards. A group whose
   * key is the one {@code earlier} wrote, with all its files in place, is not written again: its
   * files are listed as unchanged (an edit to one article rewrites one group of 256 documents,
   * not all 10,000).
   */
  static Written write(List<SearchDocument> documents, List<String> keys, IndexOptions options, Earlier earlier) {
    int perShard = options.documentsPerShard();
    int perGroup = perShard * SHARDS_PER_GROUP;
    List<IndexFile> files = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    List<String> groupKeys = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (int group = 0; group * perGroup < documents.size(); group++) {
      int first = group * perGroup;
      int end = Math.min(documents.size(), first + perGroup);
      String key = new org.warraq.model.Digest().add(perShard).add(options.snippetChars()).add(SHARDS_PER_GROUP)
          .add(keys.subList(first, end)).hex();
      groupKeys.add(key);
      int members = (end - first + perShard - 1) / perShard;
      if (group < earlier.groupKeys().size() && earlier.groupKeys().get(group).equals(key)) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < members; i++) {
          paths.add(path(earlier.groupHashes().get(group), i));
        }
        if (paths.stream().allMatch(earlier.inPlace())) {
          hashes.add(earlier.groupHashes().get(group));
          unchanged.addAll(paths);
          continue;
        }
      }
      List<byte[]> shards = new ArrayList<>();
      for (int shardStart = first; shardStart < end; shardStart += perShard) {
        List<Map<String, Object>> shard = new ArrayList<>();
        for (SearchDocument d : documents.subList(shardStart, Math.min(end, shardStart + perShard))) {
          shard.add(metadata(d, options.snippetChars()));
        }
        shards.add(JsonFiles.bytes(shard));
      }
      // Each member is hashed once, for its key in the output manifest; the group is named by a
      // hash of those digests, so it changes with any member without hashing their bytes again.
      ByteArrayOutputStream digests = new ByteArrayOutputStream();
      List<byte[]> memberDigests = new ArrayList<>();
      for (byte[] member : shards) {
        byte[] digest = JsonFiles.sha256(member);
        memberDigests.add(digest);
        digests.writeBytes(digest);
      }
      String hash = JsonFiles.hash(digests.toByteArray());
      hashes.add(hash);
      for (int i = 0; i < shards.size(); i++) {
        files.add(new IndexFile(path(hash, i), shards.get(i), OutputFile.contentKey(memberDigests.get(i))));
      }
    }
    return new Written(files, hashes, groupKeys, unchanged);
  }

  private static String path(String groupHash, int member) {
    return "search/documents-" + groupHash + "-" + member + ".json";
  }

  private static Map<String, Object> metadata(SearchDocument d, int snippetChars) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", d.url());
    m.put("title", d.title());
    m.put("date", d.date());
    m.put("displayDate", d.displayDate());
    m.put("topics", d.topics());
    m.put("summary", d.summary());
    m.put("text", truncate(d.body(), snippetChars));
    return m;
  }

  /**
   * Each run of whitespace (what the regex {@code \\s} matches) as one space. By hand: {@code
   * replaceAll} compiles its pattern on every call, 0.8 s of the search stage at 10,000 articles.
   */
  static String collapseWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
    }
    return out.toString();
  }

  /** At most {@code limit} chars, cut at a space so no word is broken. */
  static String truncate(String text, int limit) {
    // Only the start matters; collapsing whitespace in a whole long body would be wasted work.
    String head = text.length() > 2 * limit + 64 ? text.substring(0, 2 * limit + 64) : text;
    String clean = collapseWhitespace(head.strip());
    if (clean.length() <= limit) {
      return clean;
    }
    int cut = clean.lastIndexOf(' ', limit);
    return clean.substring(0, cut > limit / 2 ? cut : limit);
  }
}
