package org.warraq.search;

/** The parts of a document that are searched, each weighted on its own (BM25F). */
public enum Field {
  TITLE, HEADINGS, KEYWORDS, SUMMARY, BODY;

  /** The lower-case name used in the manifest. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
