package org.warraq.search;

import java.util.List;
import java.util.Objects;

/**
 * One page as the search index sees it, in one language.
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
public record SearchDocument(
    String url, String title, String date, String displayDate, List<String> topics,
    List<String> tags, List<String> headings, String summary, String body) {

  /** Requires a URL; every other absent value becomes empty. */
  public SearchDocument {
    Objects.requireNonNull(url, "url");
    title = Objects.requireNonNullElse(title, "");
    date = Objects.requireNonNullElse(date, "");
    displayDate = Objects.requireNonNullElse(displayDate, "");
    topics = topics == null ? List.of() : List.copyOf(topics);
    tags = tags == null ? List.of() : List.copyOf(tags);
    headings = headings == null ? List.of() : List.copyOf(headings);
    summary = Objects.requireNonNullElse(summary, "");
    body = Objects.requireNonNullElse(body, "");
  }

  /**
   * A digest of every field, as hex: two documents with equal keys index alike, so an index
   * update can tell which documents changed ({@link IndexState}).
   */
  public String key() {
    return new org.warraq.model.Digest().add(url).add(title).add(date).add(displayDate).add(summary).add(body)
        .add(topics).add(tags).add(headings).hex();
  }
}
