package org.warraq.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.warraq.text.TextAnalyzer;

/**
 * A document's terms per field, and each term's positions in one stream over all fields.
 * Title, each heading, each keyword, summary and body are segments of that stream with one
 * unused position between them, so a phrase never matches across two of them.
 *
 * @param fieldTerms the terms of each field, in order
 * @param stream     all terms in stream order; a term's index here is its position, null in gaps
 */
record AnalyzedDocument(Map<Field, List<String>> fieldTerms, List<String> stream) {

  /** A document without terms: what the index held of a document it did not have. */
  static final AnalyzedDocument NONE = none();

  private static AnalyzedDocument none() {
    Map<Field, List<String>> fields = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      fields.put(field, List.of());
    }
    return new AnalyzedDocument(fields, List.of());
  }

  AnalyzedDocument {
    fieldTerms = Map.copyOf(fieldTerms);
    stream = Collections.unmodifiableList(new ArrayList<>(stream));
  }

  /** Analyzes every field of {@code document}. */
  static AnalyzedDocument of(SearchDocument document, TextAnalyzer analyzer) {
    return of(document, analyzer, List.of());
  }

  /**
   * Analyzes every field of {@code document}; where a segment holds one of {@code phrases} (the
   * multi-word spelling variants), the field also gets the phrase as one term, its words joined
   * by a space. So a variant costs the browser one postings lookup instead of the positions of
   * its words, which for common words run to hundreds of kilobytes. Phrase terms stay out of the
   * stream: positions are for typed phrases, and a field grows by at most a few such terms.
   */
  static AnalyzedDocument of(SearchDocument document, TextAnalyzer analyzer, List<List<String>> phrases) {
    Map<Field, List<String>> fields = new EnumMap<>(Field.class);
    List<String> stream = new ArrayList<>();
    add(fields, stream, Field.TITLE, List.of(document.title()), analyzer, phrases);
    add(fields, stream, Field.HEADINGS, document.headings(), analyzer, phrases);
    List<String> keywords = new ArrayList<>(document.tags());
    keywords.addAll(document.topics());
    add(fields, stream, Field.KEYWORDS, keywords, analyzer, phrases);
    add(fields, stream, Field.SUMMARY, List.of(document.summary()), analyzer, phrases);
    add(fields, stream, Field.BODY, List.of(document.body()), analyzer, phrases);
    return new AnalyzedDocument(fields, stream);
  }

  private static void add(Map<Field, List<String>> fields, List<String> stream, Field field,
      List<String> segments, TextAnalyzer analyzer, List<List<String>> phrases) {
    List<String> terms = new ArrayList<>();
    for (String segment : segments) {
      List<String> segmentTerms = analyzer.terms(segment);
      terms.addAll(segmentTerms);
      stream.addAll(segmentTerms);
      stream.add(null);
      for (List<String> phrase : phrases) {
        for (int i = Collections.indexOfSubList(segmentTerms, phrase); i >= 0; ) {
          terms.add(String.join(" ", phrase));
          int next = Collections.indexOfSubList(segmentTerms.subList(i + 1, segmentTerms.size()), phrase);
          i = next < 0 ? -1 : i + 1 + next;
        }
      }
    }
    fields.put(field, terms);
  }
}
