package org.warraq.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One page as the search index sees it, in one language. Its body may be given as a supplier
 * with the digest of what it supplies ({@link #withLazyBody}): an index update reads the bodies
 * of the few documents it changes, not of all 17,000, and {@link #key} needs only the digest.
 */
public final class SearchDocument {
  private final String url;
  private final String title;
  private final String date;
  private final String displayDate;
  private final List<String> topics;
  private final List<String> tags;
  private final List<String> headings;
  private final String summary;
  private final Supplier<String> body;
  private final String bodyDigest;

  /**
   * Requires a URL; every other absent value becomes empty.
   *
   * @param url         the page's URL as the result should link it
   * @param title       headline
   * @param date        ISO 8601 publication date (sorts newest first among equals)
   * @param displayDate the date as the page shows it, in the language's numerals and calendar
   * @param topics      localized topic titles
   * @param tags        free tags
   * @param headings    section headings of the body
   * @param summary     one or two sentences; may be empty
   * @param body        the body as plain text (no markup)
   */
  public SearchDocument(String url, String title, String date, String displayDate, List<String> topics,
      List<String> tags, List<String> headings, String summary, String body) {
    this(url, title, date, displayDate, topics, tags, headings, summary, constant(body), digest(body));
  }

  private SearchDocument(String url, String title, String date, String displayDate, List<String> topics,
      List<String> tags, List<String> headings, String summary, Supplier<String> body, String bodyDigest) {
    this.url = Objects.requireNonNull(url, "url");
    this.title = Objects.requireNonNullElse(title, "");
    this.date = Objects.requireNonNullElse(date, "");
    this.displayDate = Objects.requireNonNullElse(displayDate, "");
    this.topics = topics == null ? List.of() : List.copyOf(topics);
    this.tags = tags == null ? List.of() : List.copyOf(tags);
    this.headings = headings == null ? List.of() : List.copyOf(headings);
    this.summary = Objects.requireNonNullElse(summary, "");
    this.body = body;
    this.bodyDigest = bodyDigest == null ? digest("") : bodyDigest;
  }

  /**
   * As the constructor, with the body read from {@code body} only when needed; {@code bodyDigest}
   * must be the SHA-256 (hex) of the UTF-8 bytes of what it supplies, as {@link #digest} gives.
   */
  public static SearchDocument withLazyBody(String url, String title, String date, String displayDate,
      List<String> topics, List<String> tags, List<String> headings, String summary, Supplier<String> body,
      String bodyDigest) {
    return new SearchDocument(url, title, date, displayDate, topics, tags, headings, summary,
        () -> Objects.requireNonNullElse(body.get(), ""), Objects.requireNonNull(bodyDigest, "bodyDigest"));
  }

  /** SHA-256 of {@code body}'s UTF-8 bytes, hex (an absent body is an empty one). */
  public static String digest(String body) {
    byte[] bytes = Objects.requireNonNullElse(body, "").getBytes(StandardCharsets.UTF_8);
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Supplier<String> constant(String body) {
    String text = Objects.requireNonNullElse(body, "");
    return () -> text;
  }

  public String url() {
    return url;
  }

  public String title() {
    return title;
  }

  public String date() {
    return date;
  }

  public String displayDate() {
    return displayDate;
  }

  public List<String> topics() {
    return topics;
  }

  public List<String> tags() {
    return tags;
  }

  public List<String> headings() {
    return headings;
  }

  public String summary() {
    return summary;
  }

  /** The body as plain text (no markup); a lazy body is read on every call. */
  public String body() {
    return body.get();
  }

  /**
   * A digest of every field, as hex: two documents with equal keys index alike, so an index
   * update can tell which documents changed ({@link IndexState}). The body counts by its digest.
   */
  public String key() {
    return new org.warraq.model.Digest().add(url).add(title).add(date).add(displayDate).add(summary).add(bodyDigest)
        .add(topics).add(tags).add(headings).hex();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchDocument other && key().equals(other.key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public String toString() {
    return "SearchDocument[" + url + ", " + title + "]";
  }
}
