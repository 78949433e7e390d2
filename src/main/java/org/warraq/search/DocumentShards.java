package org.warraq.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a result shows (URL, title, dates, topics, summary, the start of the body for snippets),
 * a few documents per file by id, so a page of results downloads only its own metadata.
 *
 * <p>Shard {@code s} is {@code search/documents-<group hash>-<s % SHARDS_PER_GROUP>.json}: one
 * hash over each group's content keeps names content-addressed while the manifest lists one
 * hash per group rather than per shard (at 10,000 articles that saves some 12 KB gzip per query).
 */
final class DocumentShards {

  /** How many shards share one content hash. */
  static final int SHARDS_PER_GROUP = 64;

  /** The shards' files and the group hashes the manifest lists. */
  record Written(List<IndexFile> files, List<String> groupHashes) {}

  private DocumentShards() {}

  /** The metadata files; shard {@code i} holds documents {@code i * perShard} onwards. */
  static Written write(List<SearchDocument> documents, IndexOptions options) {
    List<byte[]> shards = new ArrayList<>();
    int perShard = options.documentsPerShard();
    for (int first = 0; first < documents.size(); first += perShard) {
      List<Map<String, Object>> shard = new ArrayList<>();
      for (SearchDocument d : documents.subList(first, Math.min(documents.size(), first + perShard))) {
        shard.add(metadata(d, options.snippetChars()));
      }
      shards.add(JsonFiles.bytes(shard));
    }
    List<IndexFile> files = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int group = 0; group * SHARDS_PER_GROUP < shards.size(); group++) {
      List<byte[]> members = shards.subList(group * SHARDS_PER_GROUP,
          Math.min(shards.size(), (group + 1) * SHARDS_PER_GROUP));
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (byte[] member : members) {
        all.writeBytes(member);
        all.write('\n');
      }
      String hash = JsonFiles.hash(all.toByteArray());
      hashes.add(hash);
      for (int i = 0; i < members.size(); i++) {
        files.add(new IndexFile("search/documents-" + hash + "-" + i + ".json", members.get(i)));
      }
    }
    return new Written(files, hashes);
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
